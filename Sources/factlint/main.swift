import FactlintCLI
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered stdout (one write per 64 KiB, not per line), flushed before anything goes to
/// stderr so the two streams interleave in the order they were written.
final class Output: @unchecked Sendable {
    private var buffer: [UInt8] = []
    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count > 1 << 16 { flush() }
    }
    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

let stdout = Output()
let console = Console(
    out: { stdout.write($0) },
    err: { stdout.flush(); FileHandle.standardError.write(Data($0.utf8)) },
    stdoutIsTerminal: isatty(1) != 0,
    environment: ProcessInfo.processInfo.environment)
let status = CLI.run(Array(CommandLine.arguments.dropFirst()), console: console)
stdout.flush()
exit(status)
