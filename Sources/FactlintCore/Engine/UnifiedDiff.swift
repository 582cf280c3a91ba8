/// A unified diff with three lines of context, as `diff -u` writes it, so `patch -p0` and
/// `git apply -p0` both read it (git refuses hunks without context).
///
/// Lines end at "\n" only: a "\r" before it (CRLF files) and a byte order mark stay part
/// of the line's text, and a last line without "\n" gets "\ No newline at end of file".
/// Edits may span line breaks and may add or remove them.
enum UnifiedDiff {
    static let context = 3

    /// `edits` are sorted and do not overlap; each replaces `range` of `old` with `text`.
    static func render(path: String, old: [UInt8], edits: [(range: Range<Int>, text: [UInt8])]) -> String {
        guard !edits.isEmpty else { return "" }
        if old.isEmpty { // no line to change: the whole new text is added
            let new = edits.flatMap(\.text)
            var out: [UInt8] = Array("--- \(path)\n+++ \(path)\n".utf8)
            let lines = split(new)
            out += Array("@@ -0,0 +1,\(lines.count) @@\n".utf8)
            for l in lines { emit("+", l, into: &out) }
            return String(decoding: out, as: UTF8.self)
        }
        var starts = [0]
        for (i, b) in old.enumerated() where b == 0x0A && i + 1 < old.count { starts.append(i + 1) }
        let lineCount = starts.count
        func lineEnd(_ line: Int) -> Int { line + 1 < lineCount ? starts[line + 1] : old.count }
        func line(of offset: Int) -> Int {
            var low = 0, high = lineCount - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if starts[mid] <= offset { low = mid } else { high = mid - 1 }
            }
            return low
        }
        // Changed lines per hunk: the lines the edits touch, widened until the edited text
        // ends at a line break (or the end of the file), merged while their context touches.
        var hunks: [(first: Int, last: Int, edits: [(range: Range<Int>, text: [UInt8])])] = []
        for edit in edits {
            let first = line(of: edit.range.lowerBound)
            let last = line(of: max(edit.range.lowerBound, edit.range.upperBound - 1))
            if let previous = hunks.last, first - previous.last - 1 <= 2 * context {
                hunks[hunks.count - 1].last = max(previous.last, last)
                hunks[hunks.count - 1].edits.append(edit)
            } else {
                hunks.append((first, last, [edit]))
            }
        }
        var out: [UInt8] = Array("--- \(path)\n+++ \(path)\n".utf8)
        var delta = 0
        for (first, lastTouched, hunkEdits) in hunks {
            var last = lastTouched
            var new: [UInt8] = []
            while true {
                new = []
                var position = starts[first]
                for edit in hunkEdits {
                    new += old[position..<edit.range.lowerBound]
                    new += edit.text
                    position = edit.range.upperBound
                }
                new += old[position..<lineEnd(last)]
                if new.last == 0x0A || last == lineCount - 1 { break }
                last += 1 // the edit removed a line break: the next line joins the change
            }
            let before = max(0, first - context), after = min(lineCount - 1, last + context)
            let newLines = split(new)
            let oldCount = after - before + 1
            let newCount = oldCount - (last - first + 1) + newLines.count
            let oldStart = oldCount == 0 ? before : before + 1
            let newStart = newCount == 0 ? before + delta : before + 1 + delta
            out += Array("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n".utf8)
            for l in before..<first { emit(" ", old[starts[l]..<lineEnd(l)], into: &out) }
            for l in first...last { emit("-", old[starts[l]..<lineEnd(l)], into: &out) }
            for l in newLines { emit("+", l, into: &out) }
            if last < after { for l in (last + 1)...after { emit(" ", old[starts[l]..<lineEnd(l)], into: &out) } }
            delta += newCount - oldCount
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func split(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines.append(bytes[start...i])
            start = i + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }

    private static func emit(_ mark: String, _ line: ArraySlice<UInt8>, into out: inout [UInt8]) {
        out += Array(mark.utf8)
        out += line
        if line.last != 0x0A { out += Array("\n\\ No newline at end of file\n".utf8) }
    }
}
