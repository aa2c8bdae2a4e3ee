"""Rule packs, one per legal regime, built from the generic layers.

Each subpackage (``cn`` for the People's Republic of China) holds that regime's
calendar data, time limits, exemption catalogue, outcome taxonomy, fee schedule
and report formats, every number beside its citation.
"""
