import Foundation

/// What tells whether a file changed since it was read, without reading it: inode, size,
/// modification time and change time (to the nanosecond). The change time is the kernel's:
/// nobody can set it back, so an edit in place that keeps the size and puts the modification
/// time back still changes the signature.
struct FileSignature: Hashable {
    let inode: UInt64
    let size: Int64
    let seconds: Int
    let nanoseconds: Int
    let changeSeconds: Int
    let changeNanoseconds: Int

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        seconds = info.st_mtim.tv_sec
        nanoseconds = info.st_mtim.tv_nsec
        changeSeconds = info.st_ctim.tv_sec
        changeNanoseconds = info.st_ctim.tv_nsec
    }
}
