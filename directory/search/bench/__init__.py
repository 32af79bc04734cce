"""``directory bench``: a synthetic directory (``synthetic``) and the timings and relevance
checks run against it (``runner``)."""
