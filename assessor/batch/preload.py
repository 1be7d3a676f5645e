"""Imported once by a batch's forkserver: loads the classifier and the PDF renderer, so every
worker forked from it starts warm and shares that memory (see :mod:`assessor.batch.pool`).

Importing this module anywhere else does the same work once; nothing else imports it.
"""

import gc

from assessor.batch.work import warm

warm()
# Move everything loaded so far out of the garbage collector's sight: a collection in a
# worker would otherwise write to every object's header and so copy the shared pages.
gc.collect()
gc.freeze()
