"""Write ``tests/data/catalogue.json`` and ``tests/data/labelled_comments.jsonl``.

The comments are hand-written in the voice of r/movies (slang, typos, lowercase, lists, quotes,
comparisons). Each is labelled with the catalogue movies a human reader would say it mentions *by
name or nickname*, whether or not :class:`trendscope_app.text.matcher.TitleMatcher` can find them:
nicknames the matcher does not know ("gotg 3", "joker 2", "MI7"), misspellings and lowercase
mentions of common-word titles without any cue stay labelled, so the measured recall is honest.
Hard negatives use the common-word titles ("here", "trap", "up", "her", "wicked", "civil war", ...)
as plain language. A comment about a *different* film with a similar name (the 1922 Nosferatu,
Captain America: Civil War, Joker (2019)) is a negative for the catalogue film.

Run ``python tests/text/make_labelled_comments.py`` after editing; the files are checked in.
IDs are TMDB-like (from memory of TMDB), not guaranteed to be the live TMDB ids.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

# key -> (id, title, original_title)
CATALOGUE: dict[str, tuple[int, str, str]] = {
    "opp": (872585, "Oppenheimer", "Oppenheimer"),
    "barbie": (346698, "Barbie", "Barbie"),
    "dune2": (693134, "Dune: Part Two", "Dune: Part Two"),
    "dpw": (533535, "Deadpool & Wolverine", "Deadpool & Wolverine"),
    "io2": (1022789, "Inside Out 2", "Inside Out 2"),
    "io": (150540, "Inside Out", "Inside Out"),
    "wicked": (402431, "Wicked", "Wicked"),
    "glad2": (558449, "Gladiator II", "Gladiator II"),
    "joker2": (889737, "Joker: Folie à Deux", "Joker: Folie à Deux"),
    "civilwar": (929590, "Civil War", "Civil War"),
    "challengers": (937287, "Challengers", "Challengers"),
    "longlegs": (1226578, "Longlegs", "Longlegs"),
    "here": (1045938, "Here", "Here"),
    "trap": (1032823, "Trap", "Trap"),
    "up": (14160, "Up", "Up"),
    "us": (458723, "Us", "Us"),
    "her": (152601, "Her", "Her"),
    "it": (346364, "It", "It"),
    "smile": (882598, "Smile", "Smile"),
    "smile2": (1100782, "Smile 2", "Smile 2"),
    "wish": (1022796, "Wish", "Wish"),
    "nope": (762504, "Nope", "Nope"),
    "pastlives": (666277, "Past Lives", "Past Lives"),
    "sne": (1114513, "Speak No Evil", "Speak No Evil"),
    "substance": (933260, "The Substance", "The Substance"),
    "poorthings": (792307, "Poor Things", "Poor Things"),
    "kotfm": (466420, "Killers of the Flower Moon", "Killers of the Flower Moon"),
    "atsv": (569094, "Spider-Man: Across the Spider-Verse", "Spider-Man: Across the Spider-Verse"),
    "gotg3": (447365, "Guardians of the Galaxy Vol. 3", "Guardians of the Galaxy Vol. 3"),
    "mario": (502356, "The Super Mario Bros. Movie", "The Super Mario Bros. Movie"),
    "gmo": (940721, "Godzilla Minus One", "ゴジラ-1.0"),
    "heron": (508883, "The Boy and the Heron", "君たちはどう生きるか"),
    "anatomy": (915935, "Anatomy of a Fall", "Anatomie d'une chute"),
    "zone": (467244, "The Zone of Interest", "The Zone of Interest"),
    "holdovers": (840430, "The Holdovers", "The Holdovers"),
    "saltburn": (930564, "Saltburn", "Saltburn"),
    "napoleon": (753342, "Napoleon", "Napoleon"),
    "wonka": (787699, "Wonka", "Wonka"),
    "furiosa": (786892, "Furiosa: A Mad Max Saga", "Furiosa: A Mad Max Saga"),
    "apes": (653346, "Kingdom of the Planet of the Apes", "Kingdom of the Planet of the Apes"),
    "gxk": (823464, "Godzilla x Kong: The New Empire", "Godzilla x Kong: The New Empire"),
    "romulus": (945961, "Alien: Romulus", "Alien: Romulus"),
    "twisters": (718821, "Twisters", "Twisters"),
    "bb2": (917496, "Beetlejuice Beetlejuice", "Beetlejuice Beetlejuice"),
    "qpd1": (762441, "A Quiet Place: Day One", "A Quiet Place: Day One"),
    "anora": (1064213, "Anora", "Anora"),
    "conclave": (974576, "Conclave", "Conclave"),
    "moana2": (1241982, "Moana 2", "Moana 2"),
    "venom3": (912649, "Venom: The Last Dance", "Venom: The Last Dance"),
    "mi7": (
        575264,
        "Mission: Impossible - Dead Reckoning Part One",
        "Mission: Impossible - Dead Reckoning Part One",
    ),
    "jw4": (603692, "John Wick: Chapter 4", "John Wick: Chapter 4"),
    "talktome": (1008042, "Talk to Me", "Talk to Me"),
    "asteroid": (747188, "Asteroid City", "Asteroid City"),
    "fallguy": (746036, "The Fall Guy", "The Fall Guy"),
    "badboys4": (573435, "Bad Boys: Ride or Die", "Bad Boys: Ride or Die"),
    "kfp4": (1011985, "Kung Fu Panda 4", "Kung Fu Panda 4"),
    "dm4": (519182, "Despicable Me 4", "Despicable Me 4"),
    "wildrobot": (1184918, "The Wild Robot", "The Wild Robot"),
    "nosferatu": (426063, "Nosferatu", "Nosferatu"),
    "unknown": (661539, "A Complete Unknown", "A Complete Unknown"),
    "brutalist": (549509, "The Brutalist", "The Brutalist"),
    "emilia": (974950, "Emilia Pérez", "Emilia Pérez"),
    "thunderbolts": (986056, "Thunderbolts*", "Thunderbolts*"),
    "mickey17": (696506, "Mickey 17", "Mickey 17"),
    "sinners": (1233413, "Sinners", "Sinners"),
    "flow": (823219, "Flow", "Straume"),
    "perfectdays": (976893, "Perfect Days", "Perfect Days"),
}

# Positives: (text, [keys]).
POSITIVE: list[tuple[str, list[str]]] = [
    # --- distinctive titles, the way people type them ---
    ("Oppenheimer in IMAX 70mm was genuinely one of the best theater experiences I've ever had.", ["opp"]),
    ("did barbie in the afternoon and oppenheimer at night, peak summer honestly", ["barbie", "opp"]),
    (
        "Dune Part Two is the best blockbuster in years. The Harkonnen arena scene in black and white??",
        ["dune2"],
    ),
    ("dune 2 >>> dune 1 and I will die on this hill", ["dune2"]),
    ("Just got back from Dune: Part Two. Austin Butler is terrifying.", ["dune2"]),
    ("Dune pt 2 in 70mm was worth the 2 hour drive", ["dune2"]),
    ("deadpool and wolverine was fun but the cameos carried it hard", ["dpw"]),
    ("Deadpool & Wolverine made a billion dollars on nostalgia alone lol", ["dpw"]),
    ("Is it just me or was Deadpool and Wolverine kinda mid? Fun cameos, zero plot.", ["dpw"]),
    ("Deadpool 3 was just a Fox funeral with jokes", ["dpw"]),
    ("Gladiator II was fine but it's no Gladiator. Denzel ate though.", ["glad2"]),
    ("gladiator 2 had sharks in the colosseum. SHARKS.", ["glad2"]),
    ("Paul Mescal was a weird choice for Gladiator 2, he's great but not a lead for this", ["glad2"]),
    ("Joker: Folie à Deux is the most expensive middle finger to an audience I've ever seen", ["joker2"]),
    ("folie a deux was a musical nobody asked for", ["joker2"]),
    ("Joker 2 bombing was so predictable", ["joker2"]),
    ("Joker Folie a Deux had like 15 songs and 0 plot", ["joker2"]),
    ("Spider-Man: Across the Spider-Verse animation is unmatched, every frame is a painting", ["atsv"]),
    ("across the spiderverse ending on a cliffhanger still hurts", ["atsv"]),
    ("Spiderverse 2 >>> every live action spiderman", ["atsv"]),
    ("Across the Spider-Verse's soundtrack by Metro Boomin goes so hard", ["atsv"]),
    ("Guardians of the Galaxy Vol. 3 had me crying over a raccoon, 10/10", ["gotg3"]),
    ("gotg 3 was the last good marvel movie imo", ["gotg3"]),
    ("Guardians 3 is the best of the trilogy and it's not close", ["gotg3"]),
    ("guardians of the galaxy vol 3 high evolutionary was such a good villain", ["gotg3"]),
    ("The Super Mario Bros. Movie made over a billion, critics were irrelevant", ["mario"]),
    ("the mario movie was made for kids and thats fine", ["mario"]),
    ("super mario bros movie peaches song was stuck in my head for a month", ["mario"]),
    ("Godzilla Minus One on a tiny budget looked better than most 200M movies", ["gmo"]),
    ("godzilla minus one black and white version hits different", ["gmo"]),
    ("Godzilla -1 won the VFX oscar and deserved it", ["gmo"]),
    ("The Boy and the Heron was beautiful but I have no idea what happened", ["heron"]),
    ("boy and the heron is miyazaki saying goodbye, i think", ["heron"]),
    ("Anatomy of a Fall had the best courtroom scenes in ages, and that dog deserved an award", ["anatomy"]),
    ("Anatomie d'une chute is one of those movies where you argue in the car after", ["anatomy"]),
    ("The Zone of Interest is the most disturbing film I've seen and there's barely any violence", ["zone"]),
    ("zone of interest sound design is horrifying", ["zone"]),
    ("The Holdovers is my new Christmas movie. Paul Giamatti is a treasure.", ["holdovers"]),
    ("holdovers was so cozy, Da'Vine Joy Randolph deserved that oscar", ["holdovers"]),
    ("Saltburn was style over substance and that's ok", ["saltburn"]),
    ("saltburn bathtub scene lives in my head rent free", ["saltburn"]),
    ("Napoleon felt like a 2.5 hour trailer for the director's cut", ["napoleon"]),
    ("Ridley's Napoleon had cool battle scenes but Joaquin seemed bored out of his mind", ["napoleon"]),
    ("Wonka was way better than it had any right to be", ["wonka"]),
    ("Hugh Grant as an oompa loompa in wonka is the best casting of 2023", ["wonka"]),
    ("Furiosa deserved so much better at the box office", ["furiosa"]),
    (
        "Furiosa: A Mad Max Saga has the best action sequence of the decade, the stairway to heaven bit",
        ["furiosa"],
    ),
    ("Kingdom of the Planet of the Apes was surprisingly solid, Noa is a great lead", ["apes"]),
    ("new planet of the apes was good actually", ["apes"]),
    ("Godzilla x Kong: The New Empire is dumb fun and knows it", ["gxk"]),
    ("godzilla x kong was 2 hours of monkey wrestling and I loved every second", ["gxk"]),
    ("Alien: Romulus had the best practical effects of the year", ["romulus"]),
    ("alien romulus was a greatest hits album but still fun", ["romulus"]),
    ("Romulus was tense af, that zero gravity acid scene", ["romulus"]),
    ("Beetlejuice Beetlejuice was messy but Jenna Ortega and Catherine O'Hara were great", ["bb2"]),
    ("beetlejuice 2 was fine, nothing special", ["bb2"]),
    ("A Quiet Place: Day One is basically a cat movie and I'm here for it", ["qpd1"]),
    ("quiet place day one was underrated, lupita carried", ["qpd1"]),
    ("Anora deserved best picture, Mikey Madison was electric", ["anora"]),
    ("anora's second act is the funniest 40 minutes of any movie this year", ["anora"]),
    ("Conclave is just old men whispering in latin and I was on the edge of my seat", ["conclave"]),
    ("conclave had no business being that entertaining", ["conclave"]),
    ("moana 2 felt like a disney+ series stitched together (because it was)", ["moana2"]),
    ("Venom: The Last Dance was exactly what I expected, which is to say dumb", ["venom3"]),
    ("venom 3 had a dancing horse. that's the review", ["venom3"]),
    ("Mission: Impossible - Dead Reckoning Part One got absolutely crushed by Barbenheimer", ["mi7"]),
    ("dead reckoning train sequence is all practical and it shows", ["mi7"]),
    ("MI7 was good but the AI villain was so vague", ["mi7"]),
    ("John Wick: Chapter 4 staircase fight is an all timer", ["jw4"]),
    ("john wick 4 was 3 hours and I didn't check my watch once", ["jw4"]),
    ("Talk to Me was the best A24 horror since Hereditary", ["talktome"]),
    ("talk to me was sick, the hand thing is so creepy", ["talktome"]),
    ("Asteroid City is Wes Anderson doing Wes Anderson, take it or leave it", ["asteroid"]),
    ("asteroid city had like 40 famous people in it and I remember none of them", ["asteroid"]),
    ("The Fall Guy flopped and I don't understand why, it's so fun", ["fallguy"]),
    ("Bad Boys: Ride or Die was the most rehab-my-image movie ever made", ["badboys4"]),
    ("bad boys 4 was surprisingly watchable", ["badboys4"]),
    ("Kung Fu Panda 4 exists and I already forgot about it", ["kfp4"]),
    ("took my nephew to despicable me 4, the minions carried", ["dm4"]),
    ("The Wild Robot made me cry 4 times", ["wildrobot"]),
    ("wild robot is dreamworks best since httyd", ["wildrobot"]),
    ("Nosferatu was gorgeous but the mustache is doing a LOT", ["nosferatu"]),
    ("Eggers' Nosferatu is the most horny gothic movie since Crimson Peak", ["nosferatu"]),
    ("A Complete Unknown surprised me, Chalamet actually singing was impressive", ["unknown"]),
    ("The Brutalist intermission was actually great, go pee", ["brutalist"]),
    ("brutalist is 3.5 hrs and the second half falls apart", ["brutalist"]),
    ("Emilia Perez winning anything is a crime", ["emilia"]),
    ("Emilia Pérez is the most divisive movie of the year", ["emilia"]),
    ("Thunderbolts* is the best MCU movie in a while", ["thunderbolts"]),
    ("thunderbolts was a nice surprise, florence pugh carries", ["thunderbolts"]),
    ("Mickey 17 was weird in the best way, very Bong", ["mickey17"]),
    ("mickey 17 deserved a better marketing push", ["mickey17"]),
    ("Poor Things was so weird, Emma Stone went all in", ["poorthings"]),
    ("Killers of the Flower Moon is 3.5 hours and I'd watch it again tomorrow", ["kotfm"]),
    ("killers of the flower moon felt long but lily gladstone was incredible", ["kotfm"]),
    ("KOTFM deserved more oscars", ["kotfm"]),
    ("Oppenheimer's score by Ludwig Goransson is on repeat in my car", ["opp"]),
    ("Barbie's monologue by America Ferrera was a bit on the nose", ["barbie"]),
    ("Saw Barbie twice lol, no regrets", ["barbie"]),
    ("oppenhiemer was 3 hours of people talking in rooms and it was gripping", ["opp"]),
    ("OPPENHEIMER WAS INCREDIBLE. THAT IS ALL.", ["opp"]),
    ("the trinity test scene in oppenheimer with no sound... chills", ["opp"]),
    ("Saltburn, Priscilla, and Poor Things all in one month was a lot for me", ["saltburn", "poorthings"]),
    ("godzilla minus one > godzilla x kong and it's not even close", ["gmo", "gxk"]),
    (
        "Anora > The Brutalist > Conclave > Emilia Perez, that's my ranking for best pic",
        ["anora", "brutalist", "conclave", "emilia"],
    ),
    ("the holdovers and the zone of interest were my two favorites of 2023", ["holdovers", "zone"]),
    ("Kung Fu Panda 4 and Despicable Me 4 are why my kids think movies are loud", ["kfp4", "dm4"]),
    ("Wild Robot > Moana 2 > Inside Out 2 for animated this year imo", ["wildrobot", "moana2", "io2"]),
    (
        "Mickey 17 and Sinners came out the same spring and both deserved more screens",
        ["mickey17", "sinners"],
    ),
    (
        "twisters and fall guy made glen powell and ryan gosling the kings of summer fun",
        ["twisters", "fallguy"],
    ),
    # --- common-word titles, written the way people actually write them ---
    ("Wicked was amazing, Ariana actually nailed Glinda", ["wicked"]),
    ("Just saw Wicked and I'm not okay. Defying Gravity gave me chills", ["wicked"]),
    ("wicked was so long but I didn't care one bit", ["wicked"]),
    ("my gf dragged me to wicked and honestly it slapped", ["wicked"]),
    ("Is Wicked worth seeing in IMAX or is regular fine?", ["wicked"]),
    ("Cynthia Erivo in Wicked deserved every nomination", ["wicked"]),
    ("The Wicked soundtrack has been in my head for a week", ["wicked"]),
    ("Civil War was terrifying, that Jesse Plemons scene", ["civilwar"]),
    ("Alex Garland's Civil War is not really about politics, it's about journalism", ["civilwar"]),
    ("civil war had the best sound design of 2024", ["civilwar"]),
    ("Kirsten Dunst was so good in Civil War", ["civilwar"]),
    ("Challengers has the best score of the year, Trent and Atticus went crazy", ["challengers"]),
    ("challengers was just tennis but horny", ["challengers"]),
    ("Zendaya in Challengers > Zendaya in Dune 2", ["challengers", "dune2"]),
    ("Longlegs was all marketing, the movie itself fell apart in the third act", ["longlegs"]),
    ("Nic Cage in Longlegs is the creepiest thing I've seen in years", ["longlegs"]),
    ("longlegs trailer scared me more than the actual movie", ["longlegs"]),
    ("Zemeckis' Here is one long static shot, bold choice", ["here"]),
    ("Did anyone actually see Here? The de-aging looked so uncanny", ["here"]),
    ("Here was a fascinating failure, the fixed camera idea is cool on paper", ["here"]),
    ("Shyamalan's Trap had the dumbest third act I've seen in years", ["trap"]),
    ("Trap was so stupid but I had fun", ["trap"]),
    ("watched trap last night, josh hartnett was great", ["trap"]),
    ("Up has the saddest first 10 minutes of any movie ever", ["up"]),
    ("The opening of Up still wrecks me", ["up"]),
    ("Pixar peaked with Up and Inside Out", ["up", "io"]),
    ("Jordan Peele's Us is so underrated", ["us"]),
    ("Us (2019) had a better twist than Nope imo", ["us", "nope"]),
    ("Nope is Peele's best, fight me", ["nope"]),
    ("nope was so underrated, that chimp scene", ["nope"]),
    ("Her by Spike Jonze aged incredibly well", ["her"]),
    ("Joaquin in Her is my favorite performance of his", ["her"]),
    ("It (2017) is still the best Stephen King adaptation", ["it"]),
    ("Bill Skarsgard went from Pennywise in It to Count Orlok, what a career", ["it"]),
    ("Smile 2 was insane, Naomi Scott deserved way more credit", ["smile2"]),
    ("smile 2 was way better than the first one", ["smile2"]),
    ("Smile was fine but the sequel is way better", ["smile"]),
    ("Disney's Wish was soulless, the 100th anniversary movie and they gave us that", ["wish"]),
    ("Wish was such a letdown", ["wish"]),
    ("Past Lives destroyed me. That ending at the bar.", ["pastlives"]),
    ("past lives is the most romantic movie without a single kiss", ["pastlives"]),
    ("Speak No Evil remake was pointless, watch the danish one", ["sne"]),
    ("James McAvoy in Speak No Evil is unhinged", ["sne"]),
    ("The Substance was gross and I loved it", ["substance"]),
    ("the substance had the wildest third act of 2024", ["substance"]),
    ("Demi Moore in The Substance should have won", ["substance"]),
    ("Inside Out 2 made me cry about anxiety, thanks pixar", ["io2"]),
    ("inside out 2 is basically a therapy session for 30 year olds", ["io2"]),
    ("Anxiety in Inside Out 2 was too real", ["io2"]),
    ("IO2 making 1.6B is insane for an original-ish pixar sequel", ["io2"]),
    ("Wicked and Gladiator II opening the same weekend gave us Glicked", ["wicked", "glad2"]),
    ("Flow was gorgeous, no dialogue and still made me cry", ["flow"]),
    ("Sinners was the best movie of the year, that juke joint scene", ["sinners"]),
    ("went to see sinners in imax, the sound was unreal", ["sinners"]),
    ("Twisters was a blast, Glen Powell cowboy energy", ["twisters"]),
    ("Poor Things and Past Lives were both robbed at the oscars", ["poorthings", "pastlives"]),
    ("Talk To Me is the scariest movie I've watched in a theater", ["talktome"]),
    ("The Fall Guy is a love letter to stunt people", ["fallguy"]),
    ("just watched the substance. what the actual f", ["substance"]),
    ("Perfect Days is the most peaceful film I've ever watched", ["perfectdays"]),
    ("perfect days made me want to clean toilets in tokyo tbh", ["perfectdays"]),
    (
        "Wim Wenders' Perfect Days and Past Lives would be a great double feature",
        ["perfectdays", "pastlives"],
    ),
    (
        "My top 5 of 2024:\n1. Dune Part Two\n2. Challengers\n3. Civil War\n4. The Substance\n5. Longlegs",
        ["dune2", "challengers", "civilwar", "substance", "longlegs"],
    ),
    (
        "2023 ranking: oppenheimer, past lives, the holdovers, poor things, barbie",
        ["opp", "pastlives", "holdovers", "poorthings", "barbie"],
    ),
    (
        "Best horror of the decade so far: Talk to Me, Longlegs, Smile 2, Nope",
        ["talktome", "longlegs", "smile2", "nope"],
    ),
    ("Has anyone seen Challengers yet? Worth it?", ["challengers"]),
    ("saw civil war today and I can't stop thinking about it", ["civilwar"]),
    ("Rewatched Up with my kids and I was the one crying", ["up"]),
    ("Watching Her again after all these years hits different", ["her"]),
    ("Can we talk about how The Substance got a best picture nom??", ["substance"]),
    ("'Wicked' is the biggest Broadway adaptation ever at the box office", ["wicked"]),
    ("*Civil War* is a movie everyone should see before the election", ["civilwar"]),
    ("Nope (2022) is a movie about spectacle disguised as a UFO movie", ["nope"]),
    (
        "Everyone saying Inside Out 2 was better than the first is wrong. Inside Out is a masterpiece.",
        ["io2", "io"],
    ),
    ("Inside Out was better than Inside Out 2, fight me", ["io", "io2"]),
    ("the opening of inside out 2 is so much weaker than inside out", ["io2", "io"]),
    ("Smile and Smile 2 are both great, the second is way bigger though", ["smile", "smile2"]),
    ("Trap, Longlegs and Smile 2 all in one year, horror is so back", ["trap", "longlegs", "smile2"]),
    (
        "Civil War, Challengers, Dune 2. A24 and Legendary had a good spring.",
        ["civilwar", "challengers", "dune2"],
    ),
    ("I went in blind to The Substance and it ruined me", ["substance"]),
    ("What did y'all think of Wicked? I thought the first hour dragged", ["wicked"]),
    ("Gladiator 2 vs Wicked this weekend, which one are you seeing", ["glad2", "wicked"]),
    ("was 'Here' good? the trailer looked weird", ["here"]),
    ("Nobody talks about Wish because it was forgettable", ["wish"]),
    ("The ending of Past Lives is the realest thing ever filmed", ["pastlives"]),
    ("It Chapter Two was too long but the first It is great", ["it"]),
    ("Wicked's box office is going to be massive, it's already sold out everywhere", ["wicked"]),
    ("Speak No Evil (2024) is fine but the original is way more brutal", ["sne"]),
    ("speak no evil trailer spoiled the entire movie", ["sne"]),
    ("Sinners is Ryan Coogler's best movie and it's not close", ["sinners"]),
    ("the wild robot and flow both made me cry, animation is thriving", ["wildrobot", "flow"]),
    ("Nope's horse wrangling scenes are so good", ["nope"]),
    # --- longer comments ---
    (
        "Okay so I finally caught up on the 2023 stuff I missed. Oppenheimer is as good as everyone said, "
        "the hearing scenes are somehow tenser than the bomb. Anatomy of a Fall was great too but the "
        "kid's testimony dragged a bit for me. Still need to see Killers of the Flower Moon, 3.5 hours is "
        "a commitment lol",
        ["opp", "anatomy", "kotfm"],
    ),
    (
        "Hot take maybe but I think Dune: Part Two is better than Oppenheimer as pure cinema. Villeneuve "
        "does things with scale nobody else can. Nolan is great at structure but I don't leave his movies "
        "with images burned in my brain the way I did with the arena scene.",
        ["dune2", "opp"],
    ),
    (
        "my wife and I have a rule that we see one animated movie a month with the kids. this year was "
        "kung fu panda 4 (bad), inside out 2 (great), despicable me 4 (fine?), the wild robot (amazing), "
        "moana 2 (meh). wild robot is the only one I'd rewatch without the kids tbh",
        ["kfp4", "io2", "dm4", "wildrobot", "moana2"],
    ),
    (
        "I think people sleep on how funny Deadpool & Wolverine is in the first 20 minutes and then it just "
        "becomes a cameo slideshow. Compare that to Guardians of the Galaxy Vol. 3 which actually had an "
        "emotional throughline. Marvel should make more movies like gotg3 and fewer like dp&w.",
        ["dpw", "gotg3"],
    ),
    (
        "Unpopular opinion: Napoleon would have been better as a miniseries. The director's cut is "
        "supposedly 4+ hours, so just give it to Apple TV as six episodes and let it breathe. The "
        "battles were great though, Austerlitz on the ice looked insane.",
        ["napoleon"],
    ),
    (
        "Watched Godzilla Minus One on Netflix last night. I'm not even a kaiju guy and I was invested in "
        "the characters more than in any Marvel movie of the last 5 years. Also the budget thing is "
        "ridiculous, how did they do that for under 15 million?",
        ["gmo"],
    ),
    (
        "The Zone of Interest and Anatomy of a Fall both starring Sandra Hüller in the same year is one "
        "of the great actor flexes. Completely different characters, both incredible.",
        ["zone", "anatomy"],
    ),
    (
        "honestly barbie is a way smarter movie than people give it credit for, the ken stuff is a whole "
        "thesis about masculinity hidden inside a toy commercial. greta gerwig is a genius",
        ["barbie"],
    ),
    (
        "the beetlejuice sequel (beetlejuice beetlejuice, what a title) was a lot of fun but it had like "
        "five plots going at once and none of them landed",
        ["bb2"],
    ),
    (
        "Alien: Romulus was a solid return to form until the last 15 minutes. That creature design at the "
        "end… I get what they were going for but it looked goofy to me.",
        ["romulus"],
    ),
    (
        "Just finished the Spider-Verse movies back to back. Into the Spider-Verse is still my favorite "
        "but Across the Spider-Verse is more ambitious. Please don't let Beyond take another 5 years.",
        ["atsv"],
    ),
    (
        "Conclave was the movie I recommended to my parents this year and they loved it. Ralph Fiennes "
        "doing a whole movie of quiet anxiety is my favorite genre.",
        ["conclave"],
    ),
    (
        "I saw Longlegs opening weekend and the theater was dead silent the whole time. The marketing "
        "was better than the movie but the first 20 minutes are genuinely some of the scariest stuff "
        "I've seen in years.",
        ["longlegs"],
    ),
    (
        "Civil War is going to age really interestingly. People went in expecting a political movie and "
        "got a movie about photographers. Cailee Spaeny was great, Kirsten Dunst even better.",
        ["civilwar"],
    ),
    (
        "Went to a double feature of Past Lives and Aftersun and I've never been so emotionally "
        "destroyed in a movie theater. Never doing that again. 10/10 would recommend.",
        ["pastlives"],
    ),
    (
        "The Substance is what happens when a director has zero restraint and a big makeup budget. I "
        "loved it, my friend walked out. Demi Moore was fearless.",
        ["substance"],
    ),
    (
        "i dont get the hype around challengers?? the score was good and the last scene was fun but "
        "2 hours of 3 people being mean to each other isnt my thing",
        ["challengers"],
    ),
    (
        "My mom saw Wicked three times in theaters. She has never done that for any movie. She also "
        "made me watch the 2003 Broadway recording.",
        ["wicked"],
    ),
    (
        "Anyone else think Twisters was better than it had any right to be? I went in expecting a "
        "cash grab and got a genuinely fun summer movie.",
        ["twisters"],
    ),
    (
        "Inside Out 2 is good but Inside Out is one of Pixar's best ever. The sequel just doesn't have "
        "a Bing Bong moment.",
        ["io2", "io"],
    ),
    (
        "Just a reminder that John Wick 4 has a 3 minute top-down shot of a shotgun fight and it's the "
        "best thing in any action movie since Fury Road",
        ["jw4"],
    ),
    (
        "Gladiator II was a mess but Denzel was having the time of his life. Every scene with him is "
        "great, every scene without him is a worse version of the first movie.",
        ["glad2"],
    ),
    (
        "Furiosa flopping is why we can't have nice things. George Miller made a prequel that's "
        "structured like an epic and people stayed home to watch Deadpool trailers.",
        ["furiosa"],
    ),
    (
        "nosferatu 2024 vs the 1922 one is an interesting comparison because eggers basically did a "
        "faithful remake but made it way more about the woman",
        ["nosferatu"],
    ),
    (
        "Hear me out: Joker: Folie a Deux isn't a good movie but it's a really interesting bad movie. "
        "It feels like Todd Phillips hates the people who liked the first one.",
        ["joker2"],
    ),
    (
        "I think Trap would have been better as a straight thriller. Once it leaves the concert it "
        "completely falls apart, but Hartnett is so committed to the bit.",
        ["trap"],
    ),
    (
        "Peele's three movies ranked: Get Out, Nope, Us. Nope is the most ambitious but Get Out is the "
        "most complete.",
        ["nope", "us"],
    ),
    (
        "Kingdom of the Planet of the Apes is fine but the trilogy before it was so good that fine feels "
        "like a letdown. Raka deserved better.",
        ["apes"],
    ),
    (
        "Honestly Venom: The Last Dance is so stupid that it loops back to being fun. Tom Hardy clearly "
        "doesn't care and neither should you.",
        ["venom3"],
    ),
    (
        "Mission Impossible Dead Reckoning was the best action movie of 2023 and it still underperformed "
        "because it came out a week before Barbenheimer.",
        ["mi7"],
    ),
    (
        "Saw The Fall Guy on a plane and it was the perfect plane movie. Not sure I'd pay 20 bucks for "
        "it in theaters though.",
        ["fallguy"],
    ),
    (
        "Wonka is one of those movies everyone was ready to hate and then it turned out charming. "
        "Paddington director, what did you expect.",
        ["wonka"],
    ),
    (
        "I know it's cool to hate on The Super Mario Bros. Movie but my kid watched it 40 times and "
        "Jack Black as Bowser is a national treasure",
        ["mario"],
    ),
    (
        "It's wild that Smile 2 got better reviews than most prestige horror this year. Naomi Scott's "
        "performance is unhinged in the best way.",
        ["smile2"],
    ),
    (
        "We watched Up for family movie night and my 6 year old asked why I was crying before the title "
        "card even showed up",
        ["up"],
    ),
    (
        "The way A Complete Unknown just skips the whole motorcycle accident is so strange. Also Edward "
        "Norton as Pete Seeger was perfect casting.",
        ["unknown"],
    ),
    (
        "emilia perez is a fascinating disaster. the songs are bad, the spanish is bad, and somehow it "
        "got 13 oscar nominations",
        ["emilia"],
    ),
    (
        "Took my grandma to see Conclave and she kept whispering 'that's not how it works' the whole "
        "time. She was a nun for 10 years lol",
        ["conclave"],
    ),
    (
        "Anybody else rewatch Her recently? It's scary how much of it came true with the AI stuff.",
        ["her"],
    ),
    (
        "'Us' gets so much hate for the explanation scene but the first hour is perfect horror",
        ["us"],
    ),
    (
        "Flow is the best animated film of the year and it has a budget smaller than the catering on Moana 2",
        ["flow", "moana2"],
    ),
    (
        "tbh Asteroid City, Killers of the Flower Moon and Oppenheimer all felt like the same 3-hour "
        "movie to me by the end of the summer",
        ["asteroid", "kotfm", "opp"],
    ),
    (
        "Bad Boys Ride or Die surprised me, the drone shots in the action scenes were so creative",
        ["badboys4"],
    ),
    (
        "Just rewatched It. Still holds up, Pennywise is still terrifying.",
        ["it"],
    ),
    (
        "i liked smile but smile 2 is on another level, that pop star stuff is so good",
        ["smile", "smile2"],
    ),
    (
        "The Holdovers and Past Lives are two movies I'll rewatch every year",
        ["holdovers", "pastlives"],
    ),
    (
        "Emilia Pérez, Anora, Conclave, Wicked and The Brutalist, pretty stacked best picture lineup",
        ["emilia", "anora", "conclave", "wicked", "brutalist"],
    ),
    (
        "Dune 2, Furiosa, Civil War, and Challengers is an insane spring lineup. Then summer was "
        "Deadpool and Twisters. Fall had Wicked and Gladiator 2.",
        ["dune2", "furiosa", "civilwar", "challengers", "dpw", "twisters", "wicked", "glad2"],
    ),
    (
        "mickey 17 was bong joon ho doing a studio comedy and I wish the studio had let him cut 20 minutes",
        ["mickey17"],
    ),
    (
        "Wicked part 1 is better than the first act of the musical, don't @ me",
        ["wicked"],
    ),
    (
        "Saw Here in theaters, it's basically a screensaver with Tom Hanks. Not in a good way.",
        ["here"],
    ),
    (
        "Did the Trap trailer spoil the whole movie or was it just me?",
        ["trap"],
    ),
    (
        "thunderbolts* marketing calling it 'the new avengers' after release was so weird",
        ["thunderbolts"],
    ),
    (
        "The godzilla minus one score is so good, that theme when he shows up in Ginza",
        ["gmo"],
    ),
    (
        "Barbie and Oppenheimer at the same time was the last time theaters felt alive",
        ["barbie", "opp"],
    ),
    (
        "Y'all remember when the whole internet was doing the Barbenheimer thing and then Oppenheimer "
        "won best picture? Great year.",
        ["opp"],
    ),
    (
        "kinda sad that killers of the flower moon went home with nothing",
        ["kotfm"],
    ),
    (
        "Loved poor things but that first 20 min is so weird",
        ["poorthings"],
    ),
    (
        "anyone else think The Boy and the Heron was way too confusing for kids",
        ["heron"],
    ),
    (
        "Perfect Days, Anatomy of a Fall and The Zone of Interest all in the same oscar year is crazy",
        ["perfectdays", "anatomy", "zone"],
    ),
    (
        "Nope and Us are both better on rewatch, Peele hides so much in the background",
        ["nope", "us"],
    ),
]

# Negatives: (text, kind) where kind is "hard" (ordinary prose with the catalogue's common-word titles,
# or a different film with a similar name) or "plain" (no catalogue movie at all).
NEGATIVE: list[tuple[str, str]] = [
    ("I've lived here my whole life and the local theater just closed. Rough.", "hard"),
    ("Here's the thing: nobody asked for a live action remake of anything.", "hard"),
    ("Can someone explain the ending? I'm completely lost here.", "hard"),
    ("Same here, walked out after 40 minutes", "hard"),
    ("here we go again with another superhero multiverse", "hard"),
    ("Posting here because the other sub deleted my thread", "hard"),
    ("Don't fall into the trap of thinking every sequel is a cash grab.", "hard"),
    ("the whole second act is a trap, it lulls you and then bam", "hard"),
    ("Honestly the 'chosen one' trope is a trap writers keep falling into", "hard"),
    ("Trap music in every trailer needs to stop.", "hard"),
    ("that plot twist was a tourist trap of an idea", "hard"),
    ("Can't wait to catch up on all the Oscar nominees this weekend", "hard"),
    ("Update: they pushed the release date up two weeks", "hard"),
    ("Up until the last 10 minutes I thought it was a masterpiece", "hard"),
    ("Who else stayed up until 3am rewatching the trilogy?", "hard"),
    ("The pacing picks up a lot in the second half, stick with it", "hard"),
    ("I'm up for a rewatch if anyone wants to do a watch party", "hard"),
    ("Shut up and take my money", "hard"),
    ("Let us know in the comments what you thought!", "hard"),
    ("Us Brits will never understand the appeal of drive-ins", "hard"),
    ("The US box office is down 20% from pre-pandemic", "hard"),
    ("none of us saw that twist coming", "hard"),
    ("give us a director's cut already", "hard"),
    ("Her performance was the only good thing in that movie", "hard"),
    ("I loved her in the first season but she's wasted here", "hard"),
    ("Let her cook. The director knows what she's doing.", "hard"),
    ("I saw her at a screening once, she's tiny in person", "hard"),
    ("It was fine. Not great, not terrible.", "hard"),
    ("It's giving early 2000s rom com and I'm here for it", "hard"),
    ("I saw it opening night and I still don't get the hype", "hard"),
    ("just watched it, what the hell did I just watch", "hard"),
    ("Watched it twice and caught something new every time", "hard"),
    ("IT guy at my job has seen every Marvel movie 5 times", "hard"),
    ("Is it just me or do trailers give away the whole plot now?", "hard"),
    ("Smile, it's Friday and there's a new A24 movie out", "hard"),
    ("That smile at the very end gave me chills", "hard"),
    ("Her smile in the final shot says everything", "hard"),
    ("made me smile the whole way through, such a warm film", "hard"),
    ("I wish studios would stop splitting books into two movies", "hard"),
    ("Wish I could watch it again for the first time", "hard"),
    ("My only wish is a 4K release with a commentary track", "hard"),
    ("careful what you wish for, we got the sequel and it sucked", "hard"),
    ("Nope, not sitting through another 3 hour runtime", "hard"),
    ("nope. nope. nope. the spider scene was too much for me", "hard"),
    ("Remake of a classic? Nope, hard pass.", "hard"),
    ("That was a wicked twist, didn't see it coming at all", "hard"),
    ("Wicked good popcorn at the AMC near me, no notes", "hard"),
    ("The wicked witch in the 1939 version still scares me", "hard"),
    ("the villain is just wicked for the sake of being wicked", "hard"),
    ("The civil war in that country has been going on for a decade", "hard"),
    ("The comments turned into a civil war over the ending lol", "hard"),
    ("My grandpa is obsessed with American Civil War documentaries", "hard"),
    ("Captain America: Civil War is still the best MCU movie, don't @ me", "hard"),
    ("Ken Burns' The Civil War is the best documentary ever made", "hard"),
    ("speak no evil, hear no evil, see no evil. that's the studio's PR strategy", "hard"),
    ("The three monkeys of Hollywood: see no evil, speak no evil, hear no evil", "hard"),
    ("turned my hoodie inside out and wore it to the theater, nobody noticed", "hard"),
    ("She knows these books inside out, she should have written the script", "hard"),
    ("the whole plot is basically the first movie turned inside out", "hard"),
    ("Do you believe in past lives? My aunt swears she was a nun in the 1600s", "hard"),
    ("In one of my past lives I must have worked at a Blockbuster", "hard"),
    ("The substance of the script was thin but the visuals carried it", "hard"),
    ("There's zero substance to any of these streaming originals", "hard"),
    ("All style no substance, like most trailers these days", "hard"),
    ("Found a daddy longlegs in my popcorn bucket halfway through", "hard"),
    ("the daddy long legs in the corner of the auditorium was the scariest part", "hard"),
    ("The challengers for Best Picture this year are all pretty weak", "hard"),
    ("both challengers in the final fight were CGI soup", "hard"),
    ("tongue twisters in the dialogue made the accents impossible to follow", "hard"),
    ("The flow of the second act is completely off", "hard"),
    ("the editing has no flow, it's just cuts every half second", "hard"),
    ("We're all sinners in the eyes of the box office", "hard"),
    ("the movie treats its sinners and saints exactly the same, which I liked", "hard"),
    ("Half the time the trailer gives away everything, it's a trap", "hard"),
    ("That jump scare made me jump up out of my seat", "hard"),
    ("Poor things, the extras had to stand in the rain for 12 hours", "hard"),
    ("Those poor things in the animal shelter scene broke me", "hard"),
    ("He's a total fall guy for the studio's bad decisions", "hard"),
    ("Talk to me when they release the extended cut", "hard"),
    ("talk to me about the sound design because WOW", "hard"),
    ("The perfect days to go to the movies are rainy Tuesdays", "hard"),
    ("Those were perfect days, summer blockbusters and cheap tickets", "hard"),
    ("A complete unknown directed this and it's better than most studio stuff", "hard"),
    ("The lead was a complete unknown before this and now she's everywhere", "hard"),
    ("The zone of interest for the studio is clearly the China market", "hard"),
    ("I'll smile and nod whenever my dad explains the plot", "hard"),
    ("wish.com version of Blade Runner", "hard"),
    ("Her and her boyfriend talked through the entire movie", "hard"),
    ("Up close the makeup effects look even better", "hard"),
    ("Up to you, but I'd see it in IMAX if you can", "hard"),
    ("The theater was freezing, I wish I'd brought a hoodie", "hard"),
    ("this sub is a civil war every time someone mentions Nolan", "hard"),
    ("Just here for the comments", "hard"),
    ("Nope. Not after that ending.", "hard"),
    ("ngl I smile every time the theme starts", "hard"),
    ("go see it, it's worth it", "hard"),
    ("I've seen it 4 times in theaters and I'll see it again", "hard"),
    ("Honestly it was better than the book", "hard"),
    ("Watched Here Comes the Boom on a plane, don't judge me", "hard"),
    ("The Parent Trap remake with Lindsay Lohan holds up", "hard"),
    ("It Follows is still the best horror of the 2010s", "hard"),
    ("Up in the Air is a George Clooney movie I always forget exists", "hard"),
    ("the wicked flee when no man pursueth, as my grandma used to say", "hard"),
    ("Joker (2019) won Joaquin the oscar and I still think it's overrated", "hard"),
    ("Gladiator is a perfect movie, the sequel idea never made sense to me", "hard"),
    ("Dune (2021) was all setup but what a setup", "hard"),
    ("the original Beetlejuice is a perfect 90 minute movie", "hard"),
    ("Furiosa in Fury Road is one of the best action heroes ever written", "hard"),
    ("Napoleon Dynamite is still quoted in my house every single day", "hard"),
    ("my niece wants a barbie dreamhouse for christmas and they cost HOW much", "hard"),
    ("The 1922 Nosferatu still has the creepiest shadow shot ever filmed", "hard"),
    ("Godzilla vs. Kong (2021) was so dumb I loved it", "hard"),
    ("Alien (1979) is a perfect movie, no notes", "hard"),
    ("I smiled, I cried, I wished it was longer", "hard"),
    ("she looked up at the screen and said 'nope' and walked out", "hard"),
    ("Sometimes you just have to let it be what it is, a dumb popcorn movie", "hard"),
    ("We need fewer sequels and more original stuff. Wish it would happen.", "hard"),
    ("Trapped in a theater with a crying baby for 3 hours, worst experience", "hard"),
    ("Updated my letterboxd, up to 300 films this year", "hard"),
    ("Here is my list of the best horror movies of the decade, feel free to argue", "hard"),
    ("Hereditary is still the scariest movie I've ever seen", "hard"),
    ("the smiley face marketing on that one horror movie was genius", "hard"),
    ("why does every trailer have that wicked-sounding bass drop now", "hard"),
    ("Everything Everywhere All at Once deserved every award it got", "plain"),
    ("The Batman 2 getting delayed again is so frustrating", "plain"),
    ("Top Gun: Maverick in IMAX is the reason theaters exist", "plain"),
    ("Avatar: The Way of Water was a 3 hour screensaver and I mean that as a compliment", "plain"),
    ("Aftersun is the saddest movie I've ever seen", "plain"),
    ("what's everyone's comfort movie? mine is Paddington 2", "plain"),
    ("Prisoners is the best Villeneuve movie and I'll die on that hill", "plain"),
    ("theaters need to turn the sound down, my ears were ringing after the trailers", "plain"),
    ("Does anyone know if the AMC near Union Square still does $5 Tuesdays?", "plain"),
    ("Letterboxd reviews are just jokes now, impossible to find an actual opinion", "plain"),
    ("The Menu was so fun, Ralph Fiennes yelling about cheeseburgers", "plain"),
    ("Fury Road is a perfect movie", "plain"),
    ("Please stop talking during the movie, it's not your living room", "plain"),
    ("TIL Jaws was filmed on Martha's Vineyard", "plain"),
    ("Kids these days will never know the joy of a Blockbuster Friday night", "plain"),
    ("Babylon was a mess but the first hour is one of the best things I've ever seen", "plain"),
    ("the trailers before the movie were 25 minutes long, I timed it", "plain"),
    ("Ranking every Pixar movie, part 3: the 2010s", "plain"),
    ("Megalopolis is the funniest bad movie since The Room", "plain"),
    ("Interstellar rewatch in IMAX was a religious experience", "plain"),
]


# A second batch written after the rule was designed, labelled before running the matcher on it, and
# never edited to suit it: a check on overfitting. It probes the rule's own weak spots (lowercase
# sentence subjects, numbers after a phrase, possessives, a sequel not in the catalogue).
HELDOUT_POSITIVE: list[tuple[str, list[str]]] = [
    (
        "Finally watched Past Lives on a flight and had to pretend I wasn't crying next to a stranger",
        ["pastlives"],
    ),
    ("inside out 2 gave anxiety a face and now my therapist references it", ["io2"]),
    ("Honestly The Substance should've been 20 min shorter, the last act drags", ["substance"]),
    ("Deadpool and Wolverine felt like watching someone else play with their toys", ["dpw"]),
    ("is wicked worth it if you've never seen the musical?", ["wicked"]),
    ("Civil War's sound mixing in the final assault was deafening in the best way", ["civilwar"]),
    ("so is challengers a sports movie or a romance? asking for my bf", ["challengers"]),
    ("Saw Longlegs with my mom. Big mistake.", ["longlegs"]),
    ("The Wild Robot's animation looks like a painting come to life", ["wildrobot"]),
    ("gladiator ii cost 250 million and looked worse than the first one from 2000", ["glad2"]),
    ("Conclave and Anora were the only two best picture noms I actually liked", ["conclave", "anora"]),
    ("dune part 2 in imax is the closest I'll ever get to a religious experience", ["dune2"]),
    ("Smile 2 trailer had me sleeping with the lights on", ["smile2"]),
    ("My kid has watched Moana 2 like 14 times already send help", ["moana2"]),
    ("Twisters is the rare sequel nobody asked for that turned out good", ["twisters"]),
    ("Nosferatu in 35mm at the Alamo was something else", ["nosferatu"]),
    ("Has anyone seen Trap? Is the twist as dumb as people say?", ["trap"]),
    ("the brutalist really felt like two different movies stitched together", ["brutalist"]),
    ("The Holdovers is a perfect movie to watch when you're snowed in", ["holdovers"]),
    ("Why did Joker Folie a Deux cost 200 million, it's mostly two people in a prison", ["joker2"]),
    ("Alien Romulus borrowed a little too much from the older films imo", ["romulus"]),
    (
        "Godzilla Minus One made me care about humans in a Godzilla movie, which I didn't think was possible",
        ["gmo"],
    ),
    (
        "Past Lives, Aftersun and Perfect Days - the holy trinity of quiet sad movies",
        ["pastlives", "perfectdays"],
    ),
    ("Nope is so rewatchable, the Gordy's Home scenes are still the scariest", ["nope"]),
    ("it felt like mickey 17 was cut down by the studio", ["mickey17"]),
    ("Wish had great animation but the songs were so forgettable", ["wish"]),
    ("I rewatched Her last week, Scarlett's voice work is insane", ["her"]),
    ("Up's opening montage is the best 4 minutes Pixar has ever made", ["up"]),
    ("Us was way scarier than Get Out imo", ["us"]),
    ("Beetlejuice Beetlejuice is a Tim Burton movie for people who miss 90s Tim Burton", ["bb2"]),
    ("Venom The Last Dance is exactly as dumb as you think, and that's the appeal", ["venom3"]),
    ("The Fall Guy should've been a hit, Ryan Gosling and Emily Blunt have crazy chemistry", ["fallguy"]),
    ("speak no evil was so stressful i had to pause it every 10 minutes", ["sne"]),
    ("I'm still mad Furiosa: A Mad Max Saga flopped", ["furiosa"]),
    ("Talk to Me directors doing a Street Fighter movie is the wildest career move", ["talktome"]),
    ("it (2017) > it chapter two, easy", ["it"]),
    ("kingdom of the planet of the apes had the best ape mocap I've ever seen", ["apes"]),
    ("Poor Things is Frankenstein if Frankenstein was horny", ["poorthings"]),
    ("just got out of the substance and i need a shower", ["substance"]),
    ("A Quiet Place Day One needed more Joseph Quinn", ["qpd1"]),
    ("Wonka and Paddington 2 should be a double feature", ["wonka"]),
    ("Sinners has a vampire hoedown and I need everyone to see it", ["sinners"]),
    ("What did everyone think of Emilia Perez? My theater was laughing at the wrong moments", ["emilia"]),
    ("Flow made me want to adopt a cat, not gonna lie", ["flow"]),
    ("anatomy of a fall should be shown in law schools", ["anatomy"]),
    ("Guardians Vol 3 made me hug my dog a little tighter", ["gotg3"]),
    (
        "The zone of interest is the only movie that's made me physically nauseous without showing anything",
        ["zone"],
    ),
    (
        "Oppenheimer and Killers of the Flower Moon both being 3 hours in the same year was a test",
        ["opp", "kotfm"],
    ),
    ("Here (2024) is the strangest movie Zemeckis has made", ["here"]),
]

HELDOUT_NEGATIVE: list[tuple[str, str]] = [
    ("civil war is hell, and honestly so was sitting through that 3 hour cut", "hard"),
    ("flow is everything in an action scene and this one had none", "hard"),
    ("Smile is free, popcorn is $12", "hard"),
    ("my wish was simple: one good superhero movie this year", "hard"),
    ("Trap doors, secret passages, the production design was great", "hard"),
    ("I watched it 2 times in one weekend", "hard"),
    ("Inside out and upside down, that's how the timeline felt", "hard"),
    ("Her husband dragged her to see it and she loved it more than he did", "hard"),
    ("Up next: the trailer for the new Pixar movie", "hard"),
    ("Here's hoping the sequel is better", "hard"),
    ("We're here for the popcorn, not the plot", "hard"),
    ("us poor souls who saw it in 2D", "hard"),
    ("What it's like to watch a movie with someone who checks their phone every 5 min", "hard"),
    ("the past lives of these actors include some truly awful sitcoms", "hard"),
    ("Wicked: For Good better stick the landing", "hard"),
    ("my nephew's smile when the dinosaur showed up was worth the ticket price", "hard"),
    ("trap is a genre of music, why is it in every horror trailer now", "hard"),
    ("nope, nothing will top the original", "hard"),
    ("The challengers to the throne this awards season are all biopics", "hard"),
    ("sinners, repent, for the runtime is 3 hours", "hard"),
    ("a complete unknown to me, never heard of the director before", "hard"),
    ("Poor things never stood a chance against the shark", "hard"),
    ("It was a perfect day for a matinee", "hard"),
    ("Killers of the vibe, the people who talk during movies", "hard"),
    ("I can't talk to my friends about movies, they only watch Marvel", "hard"),
    ("the substance abuse storyline in that show was handled so well", "hard"),
    ("Here is a list of every movie I saw in theaters this year", "hard"),
    ("Speak no evil about Nolan on this sub or you'll get downvoted", "hard"),
    ("Up and down, this movie was a rollercoaster", "hard"),
    ("The theater had it on 2 screens only", "hard"),
    ("Does anyone else stay through the credits even when there's no post-credit scene?", "plain"),
    ("Paddington in Peru was cute but not as good as the second one", "plain"),
    ("The Apprentice got zero marketing and I only heard about it after it left theaters", "plain"),
    ("Heretic has Hugh Grant at his most charming and terrifying", "plain"),
]


def build() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Return ``(catalogue, labelled)`` as JSON-ready rows."""
    catalogue = [{"id": i, "title": t, "original_title": o} for i, t, o in CATALOGUE.values()]
    labelled: list[dict[str, object]] = []
    for batch, positive, negative in (
        ("dev", POSITIVE, NEGATIVE),
        ("heldout", HELDOUT_POSITIVE, HELDOUT_NEGATIVE),
    ):
        for text, keys in positive:
            ids = sorted({CATALOGUE[k][0] for k in keys})
            labelled.append({"text": text, "movies": ids, "kind": "positive", "batch": batch})
        for text, kind in negative:
            labelled.append({"text": text, "movies": [], "kind": f"{kind}_negative", "batch": batch})
    texts = [row["text"] for row in labelled]
    dupes = {t for t in texts if texts.count(t) > 1}
    if dupes:
        raise ValueError(f"duplicate comments: {sorted(dupes)}")
    return catalogue, labelled


def main() -> None:
    """Write both data files next to the tests."""
    catalogue, labelled = build()
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "catalogue.json").write_text(json.dumps(catalogue, ensure_ascii=False, indent=1) + "\n")
    with (DATA / "labelled_comments.jsonl").open("w") as f:
        for row in labelled:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(catalogue)} movies, {len(labelled)} comments")


if __name__ == "__main__":
    main()
