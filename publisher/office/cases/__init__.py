"""Case records (执法全过程记录): a decision's stages with the day each happened and the moment it
was entered, its audio-visual records (音像记录, never the media), and the warnings they raise.

``rules`` (entry periods, the fixed order of stages, which decisions need an audio-visual
record), ``entry`` (intake checks and storing, for every channel), ``warnings`` (late entries and
missing audio-visual records, raised, escalated by the tick and handled by the agency's legal
office), ``timeline`` (one case as the office shows it). Internal data: nothing here is published.
"""

from publisher.office.cases.entry import KINDS
from publisher.office.cases.timeline import Timeline, cases, timeline
from publisher.office.cases.warnings import assess, handle, may_handle

__all__ = ["KINDS", "Timeline", "assess", "cases", "handle", "may_handle", "timeline"]
