"""TrendScope: real-time movie trends on Faust."""
