#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads rule options from a parsed `JSON5Tree` through their own `Decodable` code. It
/// throws on anything JSONDecoder might read differently (a number in another form, an
/// integer written with a fraction); the loader then decodes again with JSONDecoder, so
/// values and error messages are JSONDecoder's either way.
enum RuleDecoding {
    static func decode<T: Decodable>(_ type: T.Type, tree: JSON5Tree?, data: Data, decoder: JSONDecoder) throws -> T {
        if let tree, let value = fromTree(type, tree: tree) { return value }
        return try decoder.decode(T.self, from: data)
    }

    /// The value read from the tree, or nil for anything left to JSONDecoder.
    static func fromTree<T: Decodable>(_ type: T.Type, tree: JSON5Tree) -> T? {
        try? T(from: TreeDecoder(tree, path: []))
    }
}

/// What the fast path does not read; never shown (JSONDecoder's error is).
private struct NotRead: Error {}

private struct TreeDecoder: Decoder, SingleValueDecodingContainer {
    let tree: JSON5Tree
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ tree: JSON5Tree, path: [CodingKey]) {
        self.tree = tree
        codingPath = path
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let keys, let values) = tree else { throw NotRead() }
        return KeyedDecodingContainer(Keyed<Key>(keys: keys, values: values, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let items) = tree else { throw NotRead() }
        return Unkeyed(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { if case .null = tree { return true } else { return false } }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let value) = tree else { throw NotRead() }
        return value
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let value) = tree else { throw NotRead() }
        return value
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard case .number(let text, _) = tree, let value = Double(text), value.isFinite else { throw NotRead() }
        return value
    }

    func decode(_ type: Float.Type) throws -> Float { throw NotRead() }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard case .number(let text, true) = tree, let value = Int64(text), let exact = T(exactly: value) else { throw NotRead() }
        return exact
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }
}

private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let keys: [String]
    let values: [JSON5Tree]
    let codingPath: [CodingKey]
    /// Key → index, for objects too large to search (a dictionary option read key by key).
    private let index: [String: Int]?

    init(keys: [String], values: [JSON5Tree], codingPath: [CodingKey]) {
        self.keys = keys
        self.values = values
        self.codingPath = codingPath
        index = keys.count > 16 ? Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }) : nil
    }

    var allKeys: [Key] { keys.compactMap { Key(stringValue: $0) } }
    func contains(_ key: Key) -> Bool { position(key) != nil }

    private func position(_ key: Key) -> Int? {
        if let index { return index[key.stringValue] }
        return keys.firstIndex(of: key.stringValue)
    }

    private func child(_ key: Key) throws -> TreeDecoder {
        guard let i = position(key) else { throw NotRead() }
        return TreeDecoder(values[i], path: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try child(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try T(from: child(key)) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try child(key).unkeyedContainer() }
    func superDecoder() throws -> Decoder { throw NotRead() }
    func superDecoder(forKey key: Key) throws -> Decoder { throw NotRead() }
}

private struct Unkeyed: UnkeyedDecodingContainer {
    let items: [JSON5Tree]
    let codingPath: [CodingKey]
    var currentIndex = 0

    init(items: [JSON5Tree], codingPath: [CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    /// The next item's decoder; the index moves on only once the item has decoded.
    private func peek() throws -> TreeDecoder {
        guard !isAtEnd else { throw NotRead() }
        return TreeDecoder(items[currentIndex], path: codingPath + [AnyKey(intValue: currentIndex)])
    }

    private mutating func next<T>(_ read: (TreeDecoder) throws -> T) throws -> T {
        let value = try read(peek())
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard try peek().decodeNil() else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.decode(type) } }
    mutating func decode(_ type: String.Type) throws -> String { try next { try $0.decode(type) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next { try $0.decode(type) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try next { try $0.decode(type) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try next { try $0.decode(type) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next { try $0.decode(type) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next { try $0.decode(type) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next { try $0.decode(type) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next { try $0.decode(type) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next { try $0.decode(type) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next { try $0.decode(type) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next { try $0.decode(type) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next { try $0.decode(type) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next { try $0.decode(type) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { try T(from: $0) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next { try $0.container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { try next { try $0.unkeyedContainer() } }
    mutating func superDecoder() throws -> Decoder { throw NotRead() }
}
