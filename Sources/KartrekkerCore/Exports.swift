// The text helpers (escaping, display width, folding) are part of what Core offers: every
// module that shows Core's records needs them.
@_exported import KartrekkerText
