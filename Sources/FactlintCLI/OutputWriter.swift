#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one buffered writer for stdout and stderr: stdout is written in 64 KiB chunks and
/// flushed before anything goes to stderr, so the two interleave in the order written.
///
/// Writes go straight to the descriptor with `write(2)`, so a failure is an error code,
/// not a trap: a full disk or a closed stdout calls `failed` (the command prints why and
/// exits 2); a reader that went away (`| head`) ends the process quietly, as SIGPIPE does
/// for any Unix tool.
public final class OutputWriter: @unchecked Sendable {
    private var buffer: [UInt8] = []
    private let out: Int32, err: Int32
    private let failed: (String) -> Never
    private let readerGone: () -> Never
    /// Stdout was closed when the process started (its descriptor now holds /dev/null).
    public var stdoutClosed = false

    public init(out: Int32 = 1, err: Int32 = 2, failed: @escaping (String) -> Never, readerGone: @escaping () -> Never) {
        self.out = out
        self.err = err
        self.failed = failed
        self.readerGone = readerGone
    }

    /// Makes sure descriptors 0–2 are open before any file is opened: a file that got
    /// descriptor 1 because stdout was closed (`>&-`) would receive the output. A closed
    /// stdout is then reported at the first write. Returns whether stdout was closed.
    public static func reserveStandardDescriptors() -> Bool {
        var stdoutClosed = false
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            if fd == 1 { stdoutClosed = true }
            _ = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
        }
        return stdoutClosed
    }

    public func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        if stdoutClosed { failed("cannot write output: stdout is closed") }
        let bytes = buffer
        buffer.removeAll(keepingCapacity: true)
        if let error = OutputWriter.writeAll(out, bytes) {
            if error == EPIPE { readerGone() }
            failed("cannot write output: \(String(cString: strerror(error)))")
        }
    }

    /// Stderr: flushes stdout first. A failure here has nowhere to be reported and is ignored.
    public func writeError(_ s: String) {
        flush()
        _ = OutputWriter.writeAll(err, Array(s.utf8))
    }

    /// Writes every byte (retrying short writes and interrupts); nil, or the errno.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { raw -> Int32? in
            guard let base = raw.baseAddress else { return nil }
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, base + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
    }
}

@inline(__always)
private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, p, count)
    #else
    return Darwin.write(fd, p, count)
    #endif
}
