"""The extractor: text in, extraction records out (see ``pipeline``)."""

from .charsets import memoise

memoise()  # before the modules below compile their patterns: start-up is mostly compiling them
