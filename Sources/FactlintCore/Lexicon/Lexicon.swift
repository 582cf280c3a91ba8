/// Every word and punctuation mark that any loaded rule mentions, interned once.
///
/// Rules intern their vocabulary while they load (the lexicon is a value, built by
/// the loader and then frozen); the tokenizer looks each document token up once,
/// so checks compare small integers instead of strings. Lookups fold ASCII case and
/// treat the curly apostrophe as a straight one; everything else is compared byte for
/// byte, so "protégé" and "protege" are different words.
public struct Lexicon: Sendable {
    public static let unknown: Int32 = -1

    private var slots: [Int32]
    private var keyStarts: [Int32] = [0]
    private var keyBytes: [UInt8] = []
    private var hashes: [UInt32] = []
    /// Id of "'" (what "’" folds to), once interned.
    private var apostrophe: Int32 = -1

    public init() { slots = Array(repeating: -1, count: 1024) }

    public var count: Int { hashes.count }

    /// The folded text of an id.
    public func text(_ id: Int32) -> String {
        let i = Int(id)
        return String(decoding: keyBytes[Int(keyStarts[i])..<Int(keyStarts[i + 1])], as: UTF8.self)
    }

    /// Interns `word` (folded) and returns its id; the same id for every case variant.
    @discardableResult
    public mutating func intern(_ word: String) -> Int32 {
        // A word already interned (most calls while rules load) is found in place, with no
        // copy: the lookup folds as it hashes and compares, and knows the curly apostrophe.
        var word = word
        let found = word.withUTF8 { lookup($0, 0, $0.count) }
        if found != Lexicon.unknown { return found }
        let folded = Lexicon.fold(Array(word.utf8))
        if (hashes.count + 1) * 2 > slots.count { grow() }
        let id = Int32(hashes.count)
        let hash = Lexicon.hash(folded, 0, folded.count)
        keyBytes.append(contentsOf: folded)
        keyStarts.append(Int32(keyBytes.count))
        hashes.append(hash)
        insert(id, hash: hash)
        if folded == [0x27] { apostrophe = id }
        return id
    }

    /// The id of the bytes `p[start..<end]`, or `unknown`.
    @inline(__always)
    public func lookup(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, folded: Bool = false) -> Int32 {
        lookup(p, start, end, hash: Lexicon.hash(p, start, end))
    }

    /// The same, with `hash` already computed (`Lexicon.hash` of those bytes, as the
    /// tokenizer does while it scans a word).
    @inline(__always)
    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt32) -> Int32 {
        if end - start == 3, p[start] == 0xE2, p[start + 1] == 0x80, p[start + 2] == 0x99 {
            return apostrophe
        }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return Lexicon.unknown }
            if hashes[Int(id)] == hash, equals(Int(id), p, start, end) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// Looks up a Swift string (tests and rule loading; not the hot path).
    public func id(of word: String) -> Int32 {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { lookup($0, 0, $0.count) }
    }

    @inline(__always)
    private func equals(_ id: Int, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let ks = Int(keyStarts[id]), ke = Int(keyStarts[id + 1])
        if ke - ks != end - start { return false }
        var j = ks
        for i in start..<end {
            if Lexicon.foldByte(p[i]) != keyBytes[j] { return false }
            j += 1
        }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for (id, hash) in hashes.enumerated() { insert(Int32(id), hash: hash) }
    }

    private mutating func insert(_ id: Int32, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    @inline(__always)
    static func foldByte(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        if bytes == [0xE2, 0x80, 0x99] { return [0x27] }
        return bytes.map(foldByte)
    }

    /// FNV-1a over folded bytes.
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
        var h = hashSeed
        for i in start..<end { h = hashStep(h, foldByte(p[i])) }
        return hashFinish(h)
    }

    static let hashSeed: UInt32 = 2_166_136_261
    @inline(__always) static func hashStep(_ h: UInt32, _ folded: UInt8) -> UInt32 { (h ^ UInt32(folded)) &* 16_777_619 }
    @inline(__always) static func hashFinish(_ h: UInt32) -> UInt32 { h ^ (h >> 15) }

    static func hash(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt32 {
        bytes.withUnsafeBufferPointer { hash($0, start, end) }
    }
}
