"""Tests of trendscope_app.text."""
