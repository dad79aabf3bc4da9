"""The Keywords panel: top terms, slogans, new/dropped/risers/fallers, occurrences in the reader, trends."""
