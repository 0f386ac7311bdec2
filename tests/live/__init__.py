"""Live mode against a fake Microsoft (fake_microsoft.py): MSAL and requests unmocked, no internet."""
