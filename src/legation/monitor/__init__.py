"""The monitor: statements and news in four languages become events, positions and
case updates (DESIGN §3a). Each stage is a small module:

    matcher   multi-pattern matching (Hyperscan, or pyahocorasick where it has no wheel)
    lexicon   the multilingual trigger, state and cue lexicons (folded)
    triage    cheap relevance score, before anything costly
    html      cheap text (selectolax) for triage, careful text (trafilatura) on hits
    language  lingua restricted to en/es/pt/fr, on a short window
    extract   sentences, states, events with attributes, negation, dates, positions
    frames    an act and its object near each other in a clause, over lemmas
    link      events to register cases (mission, persons, date window)
    fetch     guarded HTTP (timeouts, size limit, redirects, no private addresses)
    ingest    files, folders and feeds, resumable
    evaluate  precision, recall and F1 on the labelled set
"""
