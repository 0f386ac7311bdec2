"""CSP indirect-reseller onboarding wizard."""

__version__ = "0.1.0"


def _load_reference(name: str):
    """The domain's reference data, loaded on first use by the adapter (wizard/reference_data.py)."""
    from wizard.reference_data import load

    return load(name)


def _install_reference_data() -> None:
    from wizard.domain import reference

    reference.install(_load_reference)


_install_reference_data()
