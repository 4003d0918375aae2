"""kp: who said what, where and when, in a folder of news articles."""

__version__ = "0.1.0"
