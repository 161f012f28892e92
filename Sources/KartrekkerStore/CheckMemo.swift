import Foundation
import KartrekkerCore
import KartrekkerPort

/// What `check` learnt of one month file the last time it read it whole and found nothing
/// wrong in it alone: the file's signature and a digest of its bytes, what its derived files
/// must hold, and what the checks across files need (its ids, the employees and contributions
/// it names). Kept in the user's own derived folder beside the summaries.
///
/// A later `check` still reads every byte of every month file, but a file whose signature and
/// digest match its memo — byte for byte what was checked, by the same program — is not
/// decoded again: only the checks across files are run, from the memos. Anything it cannot
/// vouch for (a memo missing, stale, from another build or damaged; a derived file that says
/// other than it should; an id seen twice, an unknown employee, a link to nothing) sends
/// `check` back to reading everything whole, which names each problem with its place.
struct CheckMemo {
    static let magic: [UInt8] = Array("KTK1".utf8)
    /// The suffixes of the derived files a memo vouches for, in its order.
    static func derivedSuffixes(_ kind: RecordKind) -> [String] {
        kind == .contribution ? [".bin", ".values.bin", ".spans.bin"] : [".bin", ".spans.bin"]
    }

    /// The month file's signature (`VerifiedFiles.token`).
    var token: String
    /// `MonthSummary.checksum` of the month file's bytes.
    var digest: UInt64
    /// The checksum each derived file must have, by `derivedSuffixes`.
    var derived: [UInt64]
    var ids: [String]
    /// The employees the records belong to, each once.
    var employees: [String]
    /// The contributions the records are for (recognitions), each once.
    var links: [String]

    /// Who checked: a memo made by another build of kartrekker (whose rules may differ) is
    /// not believed. The running program's file signature.
    static let checker: String = FileSignature(path: "/proc/self/exe").map(VerifiedFiles.token) ?? ""

    /// A 64-bit digest of an id, for the check that no id is seen twice.
    static func idDigest(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8 { MonthSummary.checksum(UnsafeRawBufferPointer($0)) }
    }

    func encoded() -> Data {
        var out = SummaryWriter()
        out.bytes(CheckMemo.magic)
        out.string(CheckMemo.checker)
        out.string(token)
        out.int(Int(Int64(bitPattern: digest)))
        out.int(derived.count)
        for sum in derived { out.int(Int(Int64(bitPattern: sum))) }
        out.int(ids.count)
        for id in ids {
            out.int(Int(Int64(bitPattern: CheckMemo.idDigest(id))))
            out.string(id)
        }
        for list in [employees, links] {
            out.int(list.count)
            for item in list { out.string(item) }
        }
        return out.sealed()
    }

    /// What a sound memo for the file version `token` holds, read without making a string of
    /// each id: the id digests, and the ids whose digest is in `wanted` (to check links by
    /// the exact id). `nil`: no memo for this version by this program, or damaged.
    struct Reading {
        var digest: UInt64
        var derived: [UInt64]
        var idDigests: [UInt64]
        var employees: [String]
        var links: [String]
        /// Filled by `ids(withDigestsIn:)`.
        var body: SummaryReader
        var idsStart: Int
    }

    static func read(_ data: Data, token: String) -> Reading? {
        guard var input = SummaryReader(sealed: data), input.bytes(magic.count) == magic,
              input.string() == checker, input.string() == token,
              let digest = input.int(), let derivedCount = input.int(), (0...8).contains(derivedCount) else { return nil }
        var derived: [UInt64] = []
        for _ in 0..<derivedCount {
            guard let sum = input.int() else { return nil }
            derived.append(UInt64(bitPattern: Int64(sum)))
        }
        guard let idCount = input.int(), idCount >= 0 else { return nil }
        let idsStart = input.position
        var digests: [UInt64] = []
        digests.reserveCapacity(idCount)
        for _ in 0..<idCount {
            guard let sum = input.int(), let length = input.int(), length >= 0, input.skip(length) else { return nil }
            digests.append(UInt64(bitPattern: Int64(sum)))
        }
        var lists: [[String]] = []
        for _ in 0..<2 {
            guard let count = input.int(), count >= 0 else { return nil }
            var list: [String] = []
            for _ in 0..<count {
                guard let item = input.string() else { return nil }
                list.append(item)
            }
            lists.append(list)
        }
        guard input.atEnd else { return nil }
        return Reading(digest: UInt64(bitPattern: Int64(digest)), derived: derived, idDigests: digests, employees: lists[0],
                       links: lists[1], body: input, idsStart: idsStart)
    }
}

extension CheckMemo.Reading {
    /// The ids whose digest is in `wanted`, exactly.
    func ids(withDigestsIn wanted: Set<UInt64>) -> [String] {
        var input = body
        input.position = idsStart
        var found: [String] = []
        for digest in idDigests {
            guard input.skip(8) else { return found }
            if wanted.contains(digest) {
                guard let id = input.string() else { return found }
                found.append(id)
            } else {
                guard let length = input.int(), input.skip(length) else { return found }
            }
        }
        return found
    }
}
