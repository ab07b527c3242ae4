"""Write ``tests/data/labelled_comments_independent.jsonl``: 160 comments labelled apart from the matcher.

Written in one sitting by a separate session that was given only the catalogue below and the brief
"comments as people really write on Reddit, 45 % of them traps that use the titles' words in their
ordinary meaning", and never read ``trendscope_app/text/``. Its labels are kept as written, not
edited to suit the matcher. Films with a similar title (Captain America: Civil War, Alien (1979),
Inside Out, Smile (2022), Nobody (2021)) are negatives for the catalogue film; cases a careful reader
could not settle were left out.

Run ``python tests/text/make_independent_comments.py`` after editing; the file is checked in.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
OUT = DATA / "labelled_comments_independent.jsonl"

#: id -> title: 2024-2025 films whose titles are ordinary words, and older ones that are.
CATALOGUE: dict[int, str] = {
    1: "Weapons",
    2: "Sinners",
    3: "Together",
    4: "Him",
    5: "Companion",
    6: "Drop",
    7: "Presence",
    8: "Warfare",
    9: "Keeper",
    10: "Eden",
    11: "Good Boy",
    12: "Black Bag",
    13: "Send Help",
    14: "Friendship",
    15: "Materialists",
    16: "F1",
    17: "Superman",
    18: "Frankenstein",
    19: "Nobody 2",
    20: "The Long Walk",
    21: "The Running Man",
    22: "Bring Her Back",
    23: "The Monkey",
    24: "Heart Eyes",
    25: "Wicked",
    26: "Anora",
    27: "Conclave",
    28: "The Substance",
    29: "Civil War",
    30: "Flow",
    31: "Smile 2",
    32: "Nope",
    33: "Us",
    34: "It",
    35: "Her",
    36: "Up",
    37: "Heat",
    38: "Arrival",
    39: "Past Lives",
    40: "Poor Things",
    41: "Barbie",
    42: "Oppenheimer",
    43: "Trap",
    44: "Longlegs",
    45: "Here",
    46: "Joker: Folie à Deux",
    47: "Inside Out 2",
    48: "Twisters",
    49: "Alien: Romulus",
    50: "The Wild Robot",
}

MOVIE_SUBREDDITS = {"movies", "horror", "boxoffice", "TrueFilm", "Letterboxd"}
OTHER_SUBREDDITS = {"AskReddit", "nba", "cooking", "relationships", "gaming", "news", "pics"}


def build() -> list[dict[str, object]]:
    """The labelled rows, in the order written: ``text``, ``subreddit`` and the ``movies`` it names."""
    rows: list[dict[str, object]] = []

    def a(text: str, sub: str, want: list[int]) -> None:
        assert sub in MOVIE_SUBREDDITS | OTHER_SUBREDDITS, sub
        assert all(i in CATALOGUE for i in want) and len(set(want)) == len(want), want
        rows.append({"text": text, "subreddit": sub, "movies": sorted(want)})

    # ================= MOVIE SUBS: MENTIONS =================
    a("weapons was insane. that aunt gladys reveal had my whole theater screaming", "movies", [1])
    a("the weapons ending is the funniest thing ive seen in a horror movie in years lol", "horror", [1])
    a("Sinners' soundtrack is still on repeat for me, that juke joint scene 🔥🔥", "horror", [2])
    a("nope's ufo design is so underrated. jean jacket is the best movie alien in decades", "horror", [32])
    a("**Sinners** > **Weapons** and its not even close imo", "movies", [2, 1])
    a(
        "together was so gross, dave franco and alison brie literally fusing at the hip made me physically ill. 10/10",
        "horror",
        [3],
    )
    a("just watched Him. marlon wayans was great but the third act completely lost me", "horror", [4])
    a(
        "drop was better than it had any right to be, meghann fahy carried that whole restaurant setup",
        "movies",
        [6],
    )
    a(
        "keeper was a letdown after longlegs tbh. osgood perkins needs someone to tell him no",
        "horror",
        [9, 44],
    )
    a(
        "did anyone see Eden? ron howard doing a survival thriller on the galapagos with sydney sweeney was NOT on my bingo card",
        "movies",
        [10],
    )
    a("GOOD BOY MADE ME CRY AND ITS A HORROR MOVIE ABOUT A DOG. INDY DESERVES AN OSCAR 😭😭", "horror", [11])
    a(
        "sam raimis Send Help trailer looks like so much fun, rachel mcadams stuck on an island with her awful boss",
        "horror",
        [13],
    )
    a(
        "just saw friendship. tim robinson and paul rudd are perfect together, i was cringing the whole time in the best way",
        "movies",
        [14],
    )
    a(
        "materialists 6/10. dakota johnson choosing between pedro pascal and chris evans is not a real dilemma lmao",
        "Letterboxd",
        [15],
    )
    a(
        "Nobody 2 is exactly what you expect: bob odenkirk beating people up at a water park. had a blast",
        "movies",
        [19],
    )
    a("the long walk adaptation was brutal. david jonsson and cooper hoffman carried it", "horror", [20])
    a("wicked made me a theater kid at 34 years old. defying gravity in imax 😭", "movies", [25])
    a("flow winning best animated feature over the wild robot was the right call imo", "Letterboxd", [30, 50])
    a("Smile 2 > Smile. naomi scott went ALL in", "horror", [31])
    a("us is jordan peeles most rewatchable movie, fight me", "horror", [33])
    a("it (2017) still holds up, skarsgard as pennywise is iconic", "horror", [34])
    a("her is the only romance movie i rewatch every single year", "movies", [35])
    a("the first 10 minutes of up are the saddest 10 minutes pixar has ever made", "movies", [36])
    a("Heat (1995) is the blueprint. that downtown shootout still hasnt been topped", "movies", [37])
    a("poor things 8/10, emma stone is fearless", "Letterboxd", [40])
    a(
        "barbie and oppenheimer opening the same weekend is still the greatest box office moment of the decade",
        "boxoffice",
        [41, 42],
    )
    a("trap is shyamalans funniest movie and i dont think any of it was intentional", "horror", [43])
    a(
        "Longlegs's marketing campaign was genius, those cryptic billboards had everyone talking",
        "horror",
        [44],
    )
    a(
        "did anyone actually watch Here? the whole movie is one fixed camera angle in a living room with de-aged tom hanks",
        "movies",
        [45],
    )
    a("Alien: Romulus was fine until the last 20 minutes, that thing at the end was NOT it", "horror", [49])
    a(
        "my top 5 of 2025 so far:\n\n1. Sinners\n2. Weapons\n3. Warfare\n4. Black Bag\n5. Bring Her Back",
        "movies",
        [2, 1, 8, 12, 22],
    )
    a(
        "- anora\n- conclave\n- the substance\n- flow\n\nhonestly all four deserved what they won",
        "Letterboxd",
        [26, 27, 28, 30],
    )
    a(
        "[trailer](https://www.youtube.com/watch?v=xYz123) for the running man just dropped, glen powell looks absolutely jacked",
        "movies",
        [21],
    )
    a(
        "> nope is jordan peeles worst movie\n\nabsolutely not. nope is his most ambitious, the gordy scene alone is better than most horror this decade",
        "horror",
        [32],
    )
    a("weapons, sinners, and together all in one year?? horror is so back", "horror", [1, 2, 3])
    a("heat is michael manns masterpiece, collateral is a close second", "TrueFilm", [37])
    a("Arrival, Sicario, Prisoners, Dune. villeneuve genuinely has no misses", "movies", [38])
    a(
        "have you seen civil war? its not really about the american civil war at all lol, its about journalists",
        "movies",
        [29],
    )
    a(
        "presence is a ghost movie told from the ghosts perspective and somehow its a family drama",
        "Letterboxd",
        [7],
    )
    a(
        "Oppenheimer's sound design in the trinity test scene... total silence and then BOOM. chills",
        "movies",
        [42],
    )
    a(
        "saw Sinners with my dad and he said it was the best movie hes seen since Heat, which is high praise coming from him",
        "movies",
        [2, 37],
    )
    a(
        "weapons had me on the edge of my seat. the heat in that theater didnt help either lol, AC was dead",
        "horror",
        [1],
    )
    a("Superman held up well in its second weekend, the drop was only around 53%", "boxoffice", [17])
    a(
        "went to see Companion together with my sister and she guessed the twist from the trailer. never taking her again",
        "horror",
        [5],
    )
    a(
        "saw Superman with my nephew yesterday. hes 7 and spent the whole walk home doing superman poses and jumping off curbs. movie was fine, a bit overstuffed, but krypto stole the show. the heat outside was brutal though, we mostly went for the AC lol",
        "movies",
        [17],
    )
    a(
        "I keep coming back to Conclave because of how it treats procedure as suspense. Nothing 'happens' for long stretches: men in red robes walk down corridors, smoke, count ballots. But Berger frames every vote like a heist beat, and Fiennes plays Lawrence as a man who is more terrified of certainty than of losing. The ending divided people I know, and I get why, but I think it is earned; the whole film is about the gap between the institution and what the institution claims to believe. 8/10, would be a 9 without the explosion subplot.",
        "TrueFilm",
        [27],
    )
    a(
        "anora is a screwball comedy for 90 minutes and then it isnt, and i think thats the whole point. the long stretch in the middle where igor and the others drive around brooklyn looking for ivan is played for laughs but its also where the fantasy collapses and she realizes nobody in that world ever saw her as a person. mikey madison is incredible in the final scene in the car. i dont think baker is saying anything new about sex work but he says it with so much warmth that it hit me harder than anything else last year",
        "TrueFilm",
        [26],
    )
    a(
        "ok so i finally watched Bring Her Back after everyone here hyped it up and i need to talk about it. the philippou brothers went from talk to me to THIS?? sally hawkins is terrifying in a way that feels real, like a person whose grief has turned into something monstrous. the kid is one of the most disturbing child performances ive ever seen. that scene with the knife... i had to pause. 9/10, never watching again",
        "horror",
        [22],
    )
    a(
        "People kept calling F1 a flop-in-waiting before release and it ended up being Apple's biggest theatrical hit ever. the lesson is the same as top gun maverick: audiences show up for a well made, loud, adult-skewing spectacle if you market it right. compare that to Joker: Folie à Deux, which had a huge budget, a built in audience, and still collapsed after opening weekend because word of mouth was toxic. IP is not a guarantee, execution is.",
        "boxoffice",
        [16, 46],
    )
    a(
        "ranking every 2025 horror i saw in theaters:\n\n1. **Sinners** - 9.5/10, the juke joint scene alone\n2. **Weapons** - 9/10\n3. **Bring Her Back** - 8.5/10\n4. **Together** - 8/10, gross in the best way\n5. **Companion** - 7.5/10\n6. **The Monkey** - 7/10\n7. **Keeper** - 5/10\n8. **Him** - 4/10, what happened here\n\nthe long walk and good boy never played near me :(",
        "Letterboxd",
        [2, 1, 22, 3, 5, 23, 9, 4, 20, 11],
    )
    a(
        "Arrival and Past Lives are secretly the same movie to me. both are about how language shapes the way you experience time, and both end on a choice the character makes knowing exactly what it will cost. Villeneuve does it with aliens and heptapod circles, Celine Song does it with a bar in the east village, but the ache is the same. I watched them back to back last weekend and *Past Lives* hit even harder after *Arrival*.",
        "TrueFilm",
        [38, 39],
    )
    a("best animated movie of 2024 was flow. no dialogue, just vibes and a cat 🐈‍⬛", "Letterboxd", [30])

    # ================= MOVIE SUBS: TRAPS =================
    a("the heat in my theater was unbearable, the AC broke halfway through the movie", "movies", [])
    a("its up to you honestly, if you want imax then pay for imax", "movies", [])
    a("nope, not watching that alone at night lol", "horror", [])
    a("my gf and i watched it together last night and she fell asleep halfway through 😂", "movies", [])
    a(
        "her arrival at the premiere was delayed because of traffic, the red carpet stream was a mess",
        "movies",
        [],
    )
    a(
        "i think the substance of his argument is right, but the essay overstates how much streaming has killed mid budget films",
        "TrueFilm",
        [],
    )
    a(
        "poor things at the concession stand were getting yelled at by the whole line because the popcorn machine broke",
        "movies",
        [],
    )
    a("ITS A TRAP!! dont open the door!! every horror protagonist ever", "horror", [])
    a(
        "him and me went to the midnight screening and we were literally the only two people there",
        "movies",
        [],
    )
    a("someone send help to whoever cut that trailer, it spoils the entire third act", "TrueFilm", [])
    a("black bag of candy smuggled in my jacket, sorry AMC", "movies", [])
    a("people who talk during movies are all sinners and will be judged accordingly", "horror", [])
    a("i moved here from brazil and us ticket prices shocked me, $22 for one seat??", "movies", [])
    a("the long walk back to the car after a midnight horror screening hits different", "horror", [])
    a("the monkey bars at my kids playground are scarier than most modern horror", "horror", [])
    a("heart eyes emoji for this entire thread 😍", "movies", [])
    a("my parents called us materialists for owning 400 blu rays lol", "movies", [])
    a("the wicked witch in the 1939 wizard of oz is still the best movie villain ever", "movies", [])
    a("the drop off from friday to saturday was brutal, -60% is not a good sign", "boxoffice", [])
    a(
        "the warfare between the jump scare crowd and the slow burn crowd in this sub is exhausting",
        "horror",
        [],
    )
    a("the arrival of sound in 1927 changed screen acting more than anything since", "TrueFilm", [])
    a("the long legs on that spider in the opening shot gave me nightmares for a week", "horror", [])
    a("just hit 1000 films logged!! took me 6 years but i finally got here 🎉", "Letterboxd", [])
    a(
        "weapons in horror movies are always so conveniently placed, like why is there a chainsaw in the barn",
        "horror",
        [],
    )
    a("sinners in old slashers always die first and the virgin survives. classic rules", "horror", [])
    a("up next on my watchlist: the shining, hereditary and the thing", "horror", [])
    a("the companion app for my theater chain is garbage, it never loads my tickets", "boxoffice", [])
    a("her performance was the only good part, everything else was mid", "movies", [])
    a("trap beats in a horror score are a choice lol", "horror", [])
    a("civil war is one of the best MCU movies, the airport fight is iconic", "movies", [])
    a("alien (1979) is still the best sci fi horror ever made", "horror", [])
    a("inside out made me cry as an adult, the bing bong scene ruined me", "movies", [])
    a("smile (2022) was so much scarier than i expected", "horror", [])
    a("nobody (2021) is one of the best action movies of the decade, odenkirk is perfect", "movies", [])
    a(
        "my local theater is closing next month and im genuinely sad about it. its where my dad took me to my first movie, where i had my first date, where me and my friends went every friday in high school. the owner said rent went up 40% and the studios take most of the ticket money anyway so its just not sustainable. we are all going together on the last night. if you have a small independent theater near you please go, buy the overpriced popcorn, they need the help",
        "movies",
        [],
    )
    a(
        "honest question for this sub: does anyone else feel like the substance of film criticism has shifted from analysis to vibes? i grew up reading ebert and kael, and even when i disagreed with them there was an argument. now half the reviews i read are basically 'this made me feel things, 4 stars'. im not saying everyone needs to write a dissertation but some engagement with form, editing, how a scene is blocked, would be nice. maybe im just old and yelling at clouds. its up to each critic i guess.",
        "TrueFilm",
        [],
    )
    a(
        "does anyone else have a hard time watching horror after becoming a parent? i used to binge slashers every weekend and now anything with a kid in danger makes me turn it off. my wife thinks its hilarious that the guy who made her watch every saw movie on our first dates now has to leave the room. i think its something about your brain rewiring, you suddenly see every threat as a threat to them. anyway any recs for horror without kids or dogs in peril? pure vibes please",
        "horror",
        [],
    )
    a("the presence of a cat in a horror movie means its definitely about to die 😿", "horror", [])

    # ================= GENERAL SUBS: MENTIONS =================
    a(
        "honestly Up. the married life montage. i was 29, in a theater full of kids, sobbing",
        "AskReddit",
        [36],
    )
    a("Her (2013). watching it now is eerie with all the ai chatbot stuff", "AskReddit", [35])
    a("ant said sinners was the best movie hes seen all year, man has taste", "nba", [2])
    a("brad pitt in F1 looked more athletic than half the bench on this team lol", "nba", [16])
    a(
        "made ratatouille for date night, then we watched past lives and cried into our plates",
        "cooking",
        [39],
    )
    a("the chicken scene in The Substance made me lose my appetite for a week lol", "cooking", [28])
    a(
        "my bf (28m) refuses to watch Barbie because he thinks its a 'chick movie'. am i wrong for being annoyed?",
        "relationships",
        [41],
    )
    a(
        "our first date was a screening of Materialists, which in hindsight was a red flag lol",
        "relationships",
        [15],
    )
    a("the wild robot has better environmental storytelling than most open world games tbh", "gaming", [50])
    a("alien: romulus felt like it was made by someone who played alien isolation 100 times", "gaming", [49])
    a("the movie Conclave saw a huge streaming spike the week after the pope died, per variety", "news", [27])
    a(
        "Anora winning best picture on a $6M budget is the most indie thing the academy has done in years",
        "news",
        [26],
    )
    a("my halloween costume this year: the dog from Good Boy 🐕", "pics", [11])
    a("painted this frankenstein poster after seeing the del toro one, took me 3 weeks", "pics", [18])
    a(
        "finally got the wicked popcorn bucket, the elphaba one. line at AMC was wrapped around the building",
        "pics",
        [25],
    )
    a(
        "movies that live rent free in my head:\n1. Arrival\n2. Heat\n3. Nope\n4. Past Lives",
        "AskReddit",
        [38, 37, 32, 39],
    )
    a(
        "the movie that scarred me the most was IT. my older cousin snuck me into the theater in 2017 when i was like 11, and the sewer scene with georgie messed me up for YEARS. i couldnt walk past storm drains without crossing the street. my mom found out and grounded my cousin lol. rewatched it last year as an adult and honestly its more of a coming of age movie than a horror movie, the kids are great. still not going near a drain tho",
        "AskReddit",
        [34],
    )
    a("twisters vs into the storm, which is the better tornado movie?", "gaming", [48])
    a("we almost broke up over whether Joker: Folie à Deux was good. i know. i know.", "relationships", [46])
    a("Civil War with kirsten dunst stressed me out more than any horror movie", "AskReddit", [29])
    a("Warfare director Ray Mendoza was actually in the real operation the movie depicts", "news", [8])
    a("the anxiety character from Inside Out 2 is literally me before a ranked match", "gaming", [47])
    a(
        "my wife and i saw Heart Eyes on valentines and it was the perfect date movie lol",
        "relationships",
        [24],
    )
    a("my cat watching Flow with me, she was glued to the screen 🐈", "pics", [30])
    a("Trap (2024). shyamalan made a thriller where the twist is literally in the trailer", "AskReddit", [43])
    a("jimmy watched Weapons on the team plane and said he couldnt sleep lmao", "nba", [1])
    a("smile 2 had me so tense i burned the garlic bread", "cooking", [31])
    a("Superman is now the highest grossing superhero movie of the summer domestically", "news", [17])
    a(
        "he made me watch The Monkey on our third date and laughed through the whole thing. red flag or green flag?",
        "relationships",
        [23],
    )
    a(
        "Poor Things. i dont think ive ever seen anything that weird get nominated for best picture",
        "AskReddit",
        [40],
    )
    a("Longlegs, Sinners, Weapons, Bring Her Back. horror is so back", "AskReddit", [44, 2, 1, 22])
    a("Frankenstein premiered at venice and got a 13 minute standing ovation apparently", "news", [18])
    a(
        "hot take but the best video game movie this year isnt a game adaptation at all, its Warfare. the whole movie plays like a tactical shooter: real time, no music, you just sit in a house with a squad while everything goes wrong. it made me think about how many games glamorize this stuff. after watching it i hopped back into my usual cod lobby and it felt weird for like a day",
        "gaming",
        [8],
    )
    a(
        "the presence movie by soderbergh is basically a first person game, the camera IS the ghost",
        "gaming",
        [7],
    )
    a(
        "just watched black bag with my wife and now we are both suspicious of each other lol",
        "relationships",
        [12],
    )
    a("if you liked the last of us you need to see the long walk, same kind of bleak", "gaming", [20])

    # ================= GENERAL SUBS: TRAPS =================
    a("we need to send help to the flooded areas immediately, the roads are gone", "news", [])
    a("weapons of mass destruction were never found, and nobody was held accountable", "news", [])
    a("civil war historians say the monument belongs in a museum, not the town square", "news", [])
    a("the papal conclave begins next week, cardinals will be sequestered in the sistine chapel", "news", [])
    a("the heat is unbearable, 115F in phoenix again today 🥵", "news", [])
    a("past lives regression is a scam, change my mind", "AskReddit", [])
    a(
        "go with the flow and throw whatever is in your fridge into it, thats how fried rice works",
        "cooking",
        [],
    )
    a(
        "poor things had no food in the fridge when i visited my brother, so i meal prepped for him for a week",
        "cooking",
        [],
    )
    a("medium heat, not high. everyone burns their garlic on high heat", "cooking", [])
    a("my dog is such a good boy, sat there watching me cook bacon for 20 mins 🥓", "cooking", [])
    a("its a trap! every time a game hands you full ammo right before a door", "gaming", [])
    a("the keeper of the keys questline in this game is so tedious", "gaming", [])
    a("nope not doing that spider level again", "gaming", [])
    a(
        "him and me have been together for 6 years and he still doesnt know my coffee order",
        "relationships",
        [],
    )
    a(
        "friendship is hard when you move to a new city. its been a year and i have nobody",
        "relationships",
        [],
    )
    a("together forever isnt realistic, people grow apart and thats ok", "relationships", [])
    a("shes a keeper. dont let her go", "relationships", [])
    a("THAT WAS A SUPERMAN DUNK, HE WAS FLOATING", "nba", [])
    a("the heat need to get their act together before the deadline", "nba", [])
    a("the f1 season has been more exciting than this game lol", "nba", [])
    a("remember when the whole league was doing the running man challenge in 2016 lol", "nba", [])
    a("the wild robot vacuum we bought keeps chasing my cat around lol", "pics", [])
    a("here is my dog in her new sweater", "pics", [])
    a("all sinners will be forgiven, the preacher shouted at the rally", "news", [])
    a("the substance abuse counselor at my school was the only adult who actually helped me", "AskReddit", [])
    a("j. robert oppenheimer's security clearance was restored posthumously in 2022", "news", [])
    a("frankenstein dinner: leftover chili + mac and cheese + hot sauce. dont judge", "cooking", [])
    a("bring her back to the vet if the limp doesnt get better in a few days", "AskReddit", [])
    a(
        "my (29f) boyfriend (31m) and i have been together for 4 years and recently he started spending every weekend with his friends. i dont mind him having a life, but it feels like friendship is more important to him than us at this point. when i bring it up he says im being dramatic. last weekend i had a fever and he still went to the lake with them. i feel like i need someone to send help lol. am i wrong to want at least one day a week together?",
        "relationships",
        [],
    )
    a(
        "the heat are in trouble. no real weapons outside of bam, tyler is inconsistent, and spo can only scheme so much. people said the same thing last year and they made a run, but at some point the culture thing isnt enough. its up to the front office to bring someone in before the deadline or this season is over by february",
        "nba",
        [],
    )
    a(
        "the key to a good sear is heat and patience. let the pan get ripping hot, pat the steak dry, salt it 40 minutes ahead, and then DONT TOUCH IT. everyone wants to flip it after 30 seconds. leave it. let the crust form. then drop the butter, garlic and thyme in and baste. its not complicated, it just takes discipline. my family used to cook steak gray all the way through and call it well done lol",
        "cooking",
        [],
    )
    a("superman punch in ufc 5 is so broken, its all anyone spams online", "gaming", [])
    a("my daughter wants a barbie dreamhouse for christmas and theyre $200 now??", "relationships", [])
    a("wicked smart, my uncle used to say. he was from boston", "AskReddit", [])

    assert len({r["text"] for r in rows}) == len(rows), "a comment written twice"
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    traps = sum(not r["movies"] for r in rows)
    print(f"{len(rows)} comments ({traps} without a mention) -> {OUT}")


if __name__ == "__main__":
    main()
