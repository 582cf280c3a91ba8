#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes on file descriptors with the C library, where FileHandle would need
/// full Foundation.
enum FileDescriptorIO {
    /// What one read returns (blocking until something arrives); empty at end of input or
    /// on an error.
    static func readAvailable(_ fd: Int32, upTo limit: Int = 65536) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: limit)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, limit) }
            if n >= 0 { return Array(buffer.prefix(n)) }
            if errno != EINTR { return [] }
        }
    }

    /// Everything up to the end of input.
    static func readAll(_ fd: Int32) -> [UInt8] {
        var out: [UInt8] = []
        while true {
            let chunk = readAvailable(fd)
            if chunk.isEmpty { return out }
            out += chunk
        }
    }

    /// The whole file at `path` (a pipe or device too), nil if it cannot be opened.
    static func readAll(path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return readAll(fd)
    }

    /// Writes all of `bytes`; false if the descriptor refuses them.
    @discardableResult
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }
}
