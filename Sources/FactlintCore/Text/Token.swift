/// One word, number or punctuation mark, by byte span. Whitespace is not a token:
/// what separated a token from the previous one is kept in `flags`.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// Letters, marks and digits, starting with a letter ("Takaichi", "F", "bn").
        case word
        /// Digits with inner `,` or `.` before a digit ("6,000", "1.37").
        case number
        /// Any other single scalar ("$", "’", "—", "."), or one invalid byte.
        case punct
    }

    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Whitespace of any kind separates it from the previous token.
        public static let spaceBefore = Flags(rawValue: 1 << 0)
        /// A line break separates it from the previous token.
        public static let lineBefore = Flags(rawValue: 1 << 1)
        /// A blank line (or more) separates it from the previous token.
        public static let paragraphBefore = Flags(rawValue: 1 << 2)
        /// First letter is uppercase.
        public static let capitalized = Flags(rawValue: 1 << 3)
        /// Has letters and all of them are uppercase.
        public static let allCaps = Flags(rawValue: 1 << 4)
        /// Contains non-ASCII bytes.
        public static let nonASCII = Flags(rawValue: 1 << 5)
    }

    public var start: Int32
    public var end: Int32
    /// Lexicon id of the case-folded text, or `Lexicon.unknown`.
    public var word: Int32
    public var kind: Kind
    public var flags: Flags

    public var range: Range<Int> { Int(start)..<Int(end) }
    public var length: Int { Int(end - start) }
    public func has(_ flag: Flags) -> Bool { flags.contains(flag) }
    /// Touches the previous token: "F-35", "$550", "Japan’s".
    public var isJoined: Bool { !flags.contains(.spaceBefore) }
}
