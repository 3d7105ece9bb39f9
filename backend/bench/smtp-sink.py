#!/usr/bin/env python3
"""SMTP sink for ./zonale bench: accepts every mail on the loopback and counts them.

The API replicas deliver the notification outbox through it, so the bench can compare the mails
received with the outbox rows marked sent: equal counts show that two replicas sharing one database
sent each mail once. Uses the standard library's smtpd (Python <= 3.11; deprecated but present in
Debian 12), so nothing needs installing. Usage: smtp-sink.py PORT COUNT_FILE
"""
import asyncore
import sys
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import smtpd


class CountingServer(smtpd.SMTPServer):
    def __init__(self, port, count_file):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.count_file = count_file
        self.count = 0
        self._write()

    def _write(self):
        with open(self.count_file, "w") as f:
            f.write(f"{self.count}\n")

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        self.count += 1
        self._write()
        return None


if __name__ == "__main__":
    CountingServer(int(sys.argv[1]), sys.argv[2])
    asyncore.loop(timeout=1)
