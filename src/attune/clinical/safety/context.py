"""What the place of writing changes (issue 14).

In the contexts that exist to hold harsh self-beliefs (``SELF_BELIEF_CONTEXTS``: the
self-critical voice of a trigger, an experiment's belief, a compassionate reply),
worthlessness, unlovability, shame, burden and loneliness are the exercise (trigger mapping
and compassionate self-talk; behavioural experiments, Bennett-Levy et al. 2004), so a
``possible`` finding counts there only if its words are about death, dying, not living or
self-harm. ``high`` findings (explicit wishes to die, suicidal thoughts, plans, preparation,
self-harm) count in every context.
"""

from __future__ import annotations

import re

# Words that make a possible finding about death or self-harm rather than self-worth.
DEATH_OR_HARM = re.compile(
    r"\b(?:die|died|dying|dead|death|deaths|kill\w*|suicid\w*|unalive\w*|alive|live|living"
    r"|life|exist\w*|wake up|waking up|end (?:it|things|everything|my)|ending it|gone"
    r"|disappear\w*|overdose\w*|cut|cutting|hurt myself|hurting myself|harm\w*|bleed\w*"
    r"|pills?|rope|jump\w*|better off without me|not be here|not here anymore|be here"
    r"|grave|funeral|goodbye|sleep forever|never wake)\b",
    re.IGNORECASE,
)


def counts_in_context(level: str, text: str, self_belief: bool) -> bool:
    """Whether a finding of `level` on `text` counts where it was written."""
    if level == "high" or not self_belief:
        return True
    return DEATH_OR_HARM.search(text) is not None
