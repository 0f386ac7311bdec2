"""The Qt user interface: windows, pages and the widgets they share (no business rules)."""
