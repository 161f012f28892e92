/// SplitMix64: a small, fast generator whose sequence depends only on its seed, so the demo
/// organisation is the same for the same seed on every machine and every Swift version.
/// (The standard library's `random(in:using:)` may change its algorithm; the helpers here
/// do not.)
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator whose sequence depends only on `text` (FNV-1a of its bytes): for what is
    /// drawn for one record alone, the same every time.
    public init(text: String) {
        var digest: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            digest ^= UInt64(byte)
            digest = digest &* 0x100000001b3
        }
        state = digest
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A uniform number in `0 ..< 1`.
    public mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// One of `items`, each as likely as its weight.
    public mutating func pick<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var roll = below(total)
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }
}
