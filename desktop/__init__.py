"""Balabaqsha Desk: the kindergarten staff's client of the BALABAQSHA voucher portal."""

__version__ = "0.1.0"
APP_NAME = "Balabaqsha Desk"
