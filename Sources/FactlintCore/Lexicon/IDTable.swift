/// Maps lexicon ids to values with an array: one bounds check and a load per lookup, where
/// a `Dictionary` would hash. Ids interned after the table was built are simply absent.
public struct IDTable<Value: Sendable>: Sendable {
    private var values: [Value?] = []

    public init() {}

    public init<S: Sequence>(_ pairs: S) where S.Element == (Int32, Value) {
        for (id, value) in pairs { self[id] = value }
    }

    @inline(__always)
    public subscript(id: Int32) -> Value? {
        get { id >= 0 && Int(id) < values.count ? values[Int(id)] : nil }
        set {
            guard id >= 0 else { return }
            if Int(id) >= values.count { values += Array(repeating: nil, count: Int(id) + 1 - values.count) }
            values[Int(id)] = newValue
        }
    }

    @inline(__always)
    public func contains(_ id: Int32) -> Bool { self[id] != nil }
}

/// A set of lexicon ids as a bit array.
public struct IDSet: Sendable {
    private var bits: [UInt64] = []

    public init() {}

    public init<S: Sequence>(_ ids: S) where S.Element == Int32 {
        for id in ids { insert(id) }
    }

    public mutating func insert(_ id: Int32) {
        guard id >= 0 else { return }
        let word = Int(id) >> 6
        if word >= bits.count { bits += Array(repeating: 0, count: word + 1 - bits.count) }
        bits[word] |= 1 << UInt64(id & 63)
    }

    @inline(__always)
    public func contains(_ id: Int32) -> Bool {
        guard id >= 0 else { return false }
        let word = Int(id) >> 6
        return word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }
}
