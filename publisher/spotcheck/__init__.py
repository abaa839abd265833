"""双随机、一公开 random inspections: plans, the directory, the reproducible draw, results.

``draw`` is the pure algorithm; ``plans`` and ``directory`` store what agencies publish;
``run`` makes and verifies a draw; ``results`` publishes results and finds late ones;
``public`` gives the public rows the portal, feeds and data packages share.
"""
