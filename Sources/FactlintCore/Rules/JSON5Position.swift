#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Foundation's JSON5 reader reports a syntax error without its position on Linux, so on
/// that error path only, the text is scanned again by this small recognizer to find the
/// first byte that cannot continue a JSON5 document, reported as line and column.
public enum JSON5Position {
    /// `error` with "at line L, column C" added when it is a syntax error whose position is found.
    public static func locate(_ error: RuleFileError, in data: Data) -> RuleFileError {
        guard error.keyPath.isEmpty, error.message.hasPrefix("invalid JSON5"), !error.message.contains(" line ") else { return error }
        let bytes = [UInt8](data)
        guard let offset = firstError(bytes) else { return error }
        let (line, column) = SourceText(bytes: bytes).lineColumn(of: min(offset, bytes.count))
        return RuleFileError(file: error.file, keyPath: "", message: "invalid JSON5 at line \(line), column \(column)")
    }

    /// The offset of the first syntax error, or nil when the text is valid JSON5.
    static func firstError(_ bytes: [UInt8]) -> Int? {
        var scanner = Scanner(bytes: bytes)
        do {
            try scanner.value(depth: 0)
            scanner.skip()
            return scanner.i < bytes.count ? scanner.i : nil
        } catch let failure as Failure {
            return failure.offset
        } catch {
            return nil
        }
    }

    struct Failure: Error { var offset: Int }

    struct Scanner {
        let bytes: [UInt8]
        var i = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var current: UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func skip() {
            while let b = current {
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C { i += 1; continue }
                if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { i += 3; continue } // BOM
                if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { i += 2; continue } // NBSP
                if b == 0x2F, i + 1 < bytes.count, bytes[i + 1] == 0x2F { while let c = current, c != 0x0A { i += 1 }; continue }
                if b == 0x2F, i + 1 < bytes.count, bytes[i + 1] == 0x2A {
                    i += 2
                    while i + 1 < bytes.count, !(bytes[i] == 0x2A && bytes[i + 1] == 0x2F) { i += 1 }
                    i = min(i + 2, bytes.count)
                    continue
                }
                return
            }
        }

        mutating func value(depth: Int) throws {
            skip()
            guard depth < 512, let b = current else { throw Failure(offset: i) }
            switch b {
            case 0x7B: try container(close: 0x7D, depth: depth, keyed: true)
            case 0x5B: try container(close: 0x5D, depth: depth, keyed: false)
            case 0x22, 0x27: try string()
            default:
                let start = i
                while let c = current, isWordPart(c) { i += 1 }
                let word = String(decoding: bytes[start..<i], as: UTF8.self)
                let literals: Set<String> = ["true", "false", "null", "Infinity", "+Infinity", "-Infinity", "NaN", "+NaN", "-NaN"]
                if literals.contains(word) || Double(word) != nil || isHex(word) { return }
                throw Failure(offset: start)
            }
        }

        mutating func container(close: UInt8, depth: Int, keyed: Bool) throws {
            i += 1
            while true {
                skip()
                guard let b = current else { throw Failure(offset: i) }
                if b == close { i += 1; return }
                if keyed {
                    if b == 0x22 || b == 0x27 { try string() } else {
                        let start = i
                        while let c = current, c == 0x24 || c == 0x5F || c >= 0x80 || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (i > start && c >= 0x30 && c <= 0x39) { i += 1 }
                        if i == start { throw Failure(offset: i) }
                    }
                    skip()
                    guard current == 0x3A else { throw Failure(offset: i) }
                    i += 1
                }
                try value(depth: depth + 1)
                skip()
                guard let next = current else { throw Failure(offset: i) }
                if next == 0x2C { i += 1; continue }
                if next == close { i += 1; return }
                throw Failure(offset: i)
            }
        }

        mutating func string() throws {
            let quote = bytes[i]
            let start = i
            i += 1
            while let c = current {
                if c == quote { i += 1; return }
                if c == 0x5C { i += 2; continue }
                if c == 0x0A { throw Failure(offset: i) }
                i += 1
            }
            throw Failure(offset: start)
        }

        func isWordPart(_ c: UInt8) -> Bool {
            c == 0x2B || c == 0x2D || c == 0x2E || (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
        }

        func isHex(_ word: String) -> Bool {
            var w = Substring(word)
            if w.first == "+" || w.first == "-" { w = w.dropFirst() }
            return (w.hasPrefix("0x") || w.hasPrefix("0X")) && w.count > 2 && UInt64(w.dropFirst(2), radix: 16) != nil
        }
    }
}
