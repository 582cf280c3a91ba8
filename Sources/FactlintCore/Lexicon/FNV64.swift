/// FNV-1a, 64 bits: a stable hash of bytes (Swift's `Hasher` is seeded per process).
struct FNV64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = FNV64()
        for b in bytes { h.add(b) }
        return h.value
    }
}
