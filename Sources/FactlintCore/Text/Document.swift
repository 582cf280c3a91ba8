/// One article, analysed once and shared read-only by every check.
public struct Document: Sendable {
    public let path: String
    public let text: SourceText
    public let tokens: [Token]
    public let sentences: [Sentence]
    public let lexicon: Lexicon
    /// The file as read. The same as `text` for plain text; for Markdown and HTML, `text` is
    /// its prose mask (same byte offsets) and columns and line text are taken from here.
    public let source: SourceText
    /// How this document writes its numbers ("41,300" or "41.300"), from its own evidence.
    public let numberStyle: NumberStyle
    /// The quotations, found once: several checks need them (`Quotations.find`).
    public private(set) var quotations: [Quotation] = []

    public init(path: String, text: SourceText, lexicon: Lexicon) {
        self.init(path: path, text: text, source: text, lexicon: lexicon)
    }

    public init(path: String, text: SourceText, source: SourceText, lexicon: Lexicon) {
        self.path = path
        self.text = text
        self.source = source
        self.lexicon = lexicon
        tokens = Tokenizer.tokenize(text, lexicon: lexicon)
        sentences = Segmenter.sentences(tokens, in: text)
        numberStyle = NumberStyle.detect(tokens, text.bytes)
        quotations = Quotations.find(in: self)
    }

    public init(path: String, contents: String, lexicon: Lexicon) {
        self.init(path: path, text: SourceText(contents), lexicon: lexicon)
    }

    public var bytes: [UInt8] { text.bytes }

    /// Where a byte range is, as 1-based line and column (end column exclusive).
    public func location(_ range: Range<Int>) -> SourceLocation {
        let (start, end) = source.lineColumns(of: range)
        return SourceLocation(path: path, line: start.line, column: start.column,
                              endLine: end.line, endColumn: end.column,
                              byteRange: range.lowerBound..<range.upperBound)
    }

    public func string(_ range: Range<Int>) -> String { text.string(range) }

    public func string(token i: Int) -> String { text.string(tokens[i].range) }

    /// Text of tokens `range`, from the first token's start to the last one's end.
    public func string(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text.string(byteRange(tokens: range))
    }

    public func byteRange(tokens range: Range<Int>) -> Range<Int> {
        Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
    }

    /// The text of the line a byte offset is on, trimmed (what a baseline keys on).
    public func lineText(at offset: Int) -> String { source.lineText(at: offset) }

    /// Index of the sentence containing token `i` (binary search).
    public func sentenceIndex(ofToken i: Int) -> Int {
        var low = 0, high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].tokens.lowerBound <= i { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The value of an ASCII number token ("6,000", "1.37"), read from its bytes; nil otherwise.
    public func number(token i: Int) -> Double? {
        let t = tokens[i]
        guard t.kind == .number else { return nil }
        if !numberStyle.isEnglish { return numberStyle.read(bytes, t.range)?.value }
        // All digits as one integer, divided once by a power of ten: exact for news figures.
        var digits: Double = 0, decimals = 0
        var afterPoint = false, commas = 0, afterComma = 0
        for k in t.range {
            let b = bytes[k]
            switch b {
            case 0x30...0x39:
                digits = digits * 10 + Double(b - 0x30)
                if afterPoint { decimals += 1 }
                afterComma += 1
            case 0x2C: commas += 1; afterComma = 0 // thousands separator
            case 0x2E: afterPoint = true
            default: return nil // non-ASCII digits
            }
        }
        // A lone comma before one or two digits ("14,5 knots") groups no thousands: a decimal comma.
        if commas == 1, !afterPoint, (1...2).contains(afterComma) { decimals = afterComma }
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        return digits / scale
    }

    /// A plain integer token of at most `digits` ASCII digits ("28", "2025"); nil otherwise.
    public func integer(token i: Int, digits: ClosedRange<Int>) -> Int? {
        let t = tokens[i]
        guard t.kind == .number, digits.contains(t.length) else { return nil }
        var value = 0
        for k in t.range {
            let b = bytes[k]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    /// True when token `i` is the punctuation mark `mark` (one ASCII byte or a short UTF-8 sequence).
    @inline(__always)
    public func token(_ i: Int, is mark: StaticString) -> Bool {
        let t = tokens[i]
        guard t.length == mark.utf8CodeUnitCount else { return false }
        let m = mark.utf8Start
        for k in 0..<t.length where bytes[Int(t.start) + k] != m[k] { return false }
        return true
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
