"""The document stage: raw bytes -> cleaned, recognised, segmented text (read, clean, recognise, segment)."""
