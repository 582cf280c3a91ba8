/// The bytes of one article, classified and indexed for line/column lookup.
///
/// Contract: offsets everywhere in factlint are byte offsets into `bytes` (the file
/// exactly as read, so fixes can be written back losslessly). Lines are 1-based and
/// end at `\n`, `\r\n` or a lone `\r`; columns are 1-based and count Unicode scalars
/// (a stray lead byte counts as one scalar, as an editor shows U+FFFD). A UTF-8 byte
/// order mark is not part of line 1.
public struct SourceText: Sendable {
    public enum Encoding: Sendable, Equatable {
        case utf8
        /// Bytes that are not UTF-8: the offset of the first bad byte and how many there are.
        case invalidUTF8(firstOffset: Int, count: Int)
        case utf16
        case binary(nulOffset: Int)

        /// Not checked at all (UTF-16 or binary).
        public var isSkipped: Bool {
            switch self {
            case .utf16, .binary: return true
            case .utf8, .invalidUTF8: return false
            }
        }
    }

    public let bytes: [UInt8]
    /// Offset of the first byte after a UTF-8 BOM (0 when there is none).
    public let contentStart: Int
    public let encoding: Encoding
    /// Byte offset at which each line starts; `lineStarts[0] == contentStart`.
    public let lineStarts: [Int]
    /// Scalars before each multiple of `checkpointStride` bytes, so a column costs at most
    /// one stride of counting however long its line (findings on a 50 MB line stay linear).
    private let checkpoints: [Int]
    static let checkpointStride = 64

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        contentStart = hasBOM ? 3 : 0
        encoding = SourceText.classify(bytes, from: contentStart)
        lineStarts = SourceText.indexLines(bytes, from: contentStart)
        var checkpoints = [0]
        checkpoints.reserveCapacity(bytes.count / SourceText.checkpointStride + 1)
        var scalars = 0
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                let end = min(i + SourceText.checkpointStride, p.count)
                scalars += SourceText.scalars(p, i..<end)
                i = end
                if i < p.count || i % SourceText.checkpointStride == 0 { checkpoints.append(scalars) }
            }
        }
        self.checkpoints = checkpoints
    }

    public init(_ string: String) { self.init(bytes: Array(string.utf8)) }

    public var lineCount: Int { lineStarts.count }

    /// 1-based line and column of a byte offset (an offset at the end is allowed).
    public func lineColumn(of offset: Int) -> (line: Int, column: Int) {
        let offset = max(contentStart, min(offset, bytes.count))
        let low = lineIndex(of: offset)
        return (low + 1, scalarCount(lineStarts[low]..<offset) + 1)
    }

    /// `lineColumn` of both ends of a range: one line search and three scalar counts when the
    /// range ends on the line it starts on, as nearly every token and phrase does.
    public func lineColumns(of range: Range<Int>) -> (start: (line: Int, column: Int), end: (line: Int, column: Int)) {
        let lower = max(contentStart, min(range.lowerBound, bytes.count))
        let upper = max(contentStart, min(range.upperBound, bytes.count))
        let line = lineIndex(of: lower)
        let base = scalarsBefore(lineStarts[line])
        let start = (line: line + 1, column: scalarsBefore(lower) - base + 1)
        guard upper >= lower, line + 1 == lineStarts.count || lineStarts[line + 1] > upper else { return (start, lineColumn(of: upper)) }
        return (start, (line + 1, scalarsBefore(upper) - base + 1))
    }

    /// Index of the line an offset (already clamped) is on.
    private func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Byte range of a 1-based line, without its line break.
    public func lineRange(_ line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The trimmed text of the line a byte offset is on (what a baseline keys on), bounded:
    /// see `lineText(in:at:)`.
    public func lineText(at offset: Int) -> String { SourceText.lineText(in: bytes, at: offset) }

    /// Lines up to this many bytes are kept whole in a finding; a longer line is kept as a
    /// window of `lineWindow` bytes either side of the finding. A finding never copies a
    /// whole long line: a scraped one-line article of megabytes with thousands of findings
    /// would otherwise hold gigabytes.
    public static let maxLineText = 512
    public static let lineWindow = 120

    /// The trimmed text of the line `offset` is on, from bare bytes (what the engine uses to
    /// read back one line of a file it has already checked). Work and result are bounded
    /// by `maxLineText` however long the line: a longer line gives the text within
    /// `lineWindow` bytes of the offset (cut at character boundaries, "…" marking a cut).
    public static func lineText(in bytes: [UInt8], at offset: Int) -> String {
        let contentStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var offset = max(contentStart, min(offset, bytes.count))
        // The "\n" of a "\r\n" belongs to the line the "\r" ends.
        if offset < bytes.count, offset > contentStart, bytes[offset] == 0x0A, bytes[offset - 1] == 0x0D { offset -= 1 }
        let reach = maxLineText + 1
        var start = offset
        while start > contentStart, offset - start < reach, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        var end = offset
        while end < bytes.count, end - offset < reach, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        let startsLine = start == contentStart || bytes[start - 1] == 0x0A || bytes[start - 1] == 0x0D
        let endsLine = end == bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D
        if startsLine && endsLine && end - start <= maxLineText {
            return String(decoding: bytes[start..<end], as: UTF8.self).trimmingWhitespace()
        }
        // A long line: a window around the offset, moved off UTF-8 continuation bytes.
        var low = max(start, offset - lineWindow), high = min(end, offset + lineWindow)
        while low > start, bytes[low] & 0xC0 == 0x80 { low -= 1 }
        while high < end, bytes[high] & 0xC0 == 0x80 { high += 1 }
        let text = String(decoding: bytes[low..<high], as: UTF8.self).trimmingWhitespace()
        return (low > start || !startsLine ? "…" : "") + text + (high < end || !endsLine ? "…" : "")
    }

    public func scalarCount(_ range: Range<Int>) -> Int {
        scalarsBefore(range.upperBound) - scalarsBefore(range.lowerBound)
    }

    /// Scalars in `bytes[0..<offset]`: a checkpoint plus at most one stride of counting, and
    /// no counting at all inside a stride without continuation bytes (most of an English text).
    private func scalarsBefore(_ offset: Int) -> Int {
        let stride = SourceText.checkpointStride
        let k = min(offset / stride, checkpoints.count - 1)
        let base = k * stride
        let count = checkpoints[k]
        if k + 1 < checkpoints.count, checkpoints[k + 1] - count == stride { return count + (offset - base) }
        return count + bytes.withUnsafeBufferPointer { SourceText.scalars($0, base..<offset) }
    }

    /// Scalars in a byte range (every byte but a UTF-8 continuation byte starts one), eight
    /// bytes at a time: a continuation byte has its top bit set and the next one clear.
    @inline(__always)
    static func scalars(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var i = range.lowerBound
        var continuations = 0
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= range.upperBound {
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                continuations += (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
        }
        while i < range.upperBound {
            if p[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return range.count - continuations
    }

    /// The text of a byte range; invalid bytes become U+FFFD.
    public func string(_ range: Range<Int>) -> String {
        let r = max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))
        return String(decoding: bytes[r], as: UTF8.self)
    }

    private static func classify(_ bytes: [UInt8], from start: Int) -> Encoding {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .utf16
        }
        // Binary: NUL bytes are more than 1% of the file. A stray NUL in an article is an
        // encoding error found below (the rest of the article is still checked).
        if let nul = bytes.firstIndex(of: 0), bytes[nul...].lazy.filter({ $0 == 0 }).count * 100 > bytes.count {
            return .binary(nulOffset: nul)
        }
        var first = -1, count = 0
        bytes.withUnsafeBufferPointer { p in
            var i = start
            while i < p.count {
                // Eight ASCII bytes at a time: most of an English article.
                if i + 8 <= p.count, SourceText.word(p, i) & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                if p[i] < 0x80 { i += 1; continue }
                let length = CharacterClass.sequenceLength(p, at: i)
                if length == 0 {
                    if first < 0 { first = i }
                    count += 1
                    i += 1
                } else {
                    i += length
                }
            }
        }
        return first < 0 ? .utf8 : .invalidUTF8(firstOffset: first, count: count)
    }

    private static func indexLines(_ bytes: [UInt8], from start: Int) -> [Int] {
        var starts = [start]
        bytes.withUnsafeBufferPointer { p in
            var i = start
            let n = p.count
            while i < n {
                // Skip eight bytes at a time while none of them is "\n" or "\r".
                if i + 8 <= n {
                    let x = SourceText.word(p, i)
                    if !hasByte(x, 0x0A) && !hasByte(x, 0x0D) { i += 8; continue }
                }
                let b = p[i]
                if b == 0x0A {
                    starts.append(i + 1)
                } else if b == 0x0D {
                    if i + 1 < n, p[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        return starts
    }

    /// Eight bytes from `i`, little-endian (the caller checks that they exist).
    @inline(__always)
    static func word(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self))
    }

    /// Whether any byte of `x` equals `byte` (the classic "has zero byte" bit trick).
    @inline(__always)
    static func hasByte(_ x: UInt64, _ byte: UInt8) -> Bool {
        let y = x ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (y &- 0x0101_0101_0101_0101) & ~y & 0x8080_8080_8080_8080 != 0
    }
}
