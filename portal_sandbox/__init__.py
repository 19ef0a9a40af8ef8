"""The portal sandbox: a faithful, runnable stand-in for the BALABAQSHA voucher portal."""
