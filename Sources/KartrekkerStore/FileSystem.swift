import Foundation

/// The few file-system calls a save is made of, and the read of a file. The store goes through
/// this seam so that tests can make any step fail (a full disk, a failing `fsync`, a refused
/// `rename`, a read that errors) without root and without a special mount.
public protocol FileSystem: Sendable {
    /// The whole contents of `path`; `nil` when there is no such file.
    func read(_ path: String) throws -> Data?
    /// Creates `path`, failing if it exists (`O_CREAT|O_EXCL`), mode 0600; returns the descriptor.
    func createExclusive(_ path: String) throws -> Int32
    /// Writes all of `bytes` or throws.
    func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws
    func fsync(_ descriptor: Int32) throws
    func close(_ descriptor: Int32)
    func rename(_ source: String, _ target: String) throws
    func remove(_ path: String)
    /// Opens a directory to `fsync` it.
    func openDirectory(_ path: String) throws -> Int32
    /// The bytes of `ranges` of `path`, in order; `nil` when there is no such file or a range
    /// lies beyond its end. A person's few records of a month file are read this way, not the
    /// whole file.
    func read(_ path: String, ranges: [Range<Int>]) throws -> [Data]?
}

extension FileSystem {
    public func read(_ path: String, ranges: [Range<Int>]) throws -> [Data]? {
        guard let data = try read(path) else { return nil }
        guard ranges.allSatisfy({ $0.lowerBound >= 0 && $0.upperBound <= data.count }) else { return nil }
        return ranges.map { Data(data[$0]) }
    }
}

/// A failed system call: which call, on which path, and the `errno` text.
public struct FileSystemError: Error, CustomStringConvertible, Sendable {
    public let call: String
    public let path: String
    public let code: Int32

    public init(call: String, path: String, code: Int32) {
        self.call = call
        self.path = path
        self.code = code
    }

    public var description: String {
        "\(call) \(path): \(String(cString: strerror(code)))"
    }
}
