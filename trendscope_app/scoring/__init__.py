"""TrendScore arithmetic."""
