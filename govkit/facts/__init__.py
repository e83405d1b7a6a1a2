"""The fact stage: a Document -> indicator facts (cues, numbers, mentions, timeframe, extract, validate)."""
