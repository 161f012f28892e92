import Foundation
import KartrekkerCore
import KartrekkerExchange
import KartrekkerStore

// Benchmarks on the organisation-sized data set (contract §4: `demo --employees 1000
// --years 5`). Not tests: run in a release build and read the medians.
//
//   swift run -c release kartrekker-benchmarks [--employees N] [--years Y] [--runs R]

var employees = 1000
var years = 5
var runs = 7
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--employees": employees = Int(arguments.next() ?? "") ?? employees
    case "--years": years = Int(arguments.next() ?? "") ?? years
    case "--runs": runs = Int(arguments.next() ?? "") ?? runs
    default:
        FileHandle.standardError.write(Data("usage: kartrekker-benchmarks [--employees N] [--years Y] [--runs R]\n".utf8))
        exit(64)
    }
}

let today = CalendarDate("2026-11-29")!
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kartrekker-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: directory) }

@MainActor func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

@MainActor func report(_ name: String, _ body: () throws -> Void) rethrows {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try seconds(body)) }
    times.sort()
    let median = times[times.count / 2]
    print(name.padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: "median %8.1f ms   min %8.1f ms   max %8.1f ms", median * 1000, times[0] * 1000, times[times.count - 1] * 1000))
}

var organisation: DemoOrganisation!
let generated = seconds { organisation = DemoOrganisation(employees: employees, years: years, today: today) }
let store = DataStore(directory: directory)
let written = try seconds {
    try store.replaceAllData(employees: organisation.employees, contributions: organisation.contributions,
                             recognitions: organisation.recognitions)
}
print("data set: \(employees) employees, \(years) years, \(organisation.contributions.count) contributions, "
      + "\(organisation.recognitions.count) recognitions; \(runs) runs each, a fresh store per run (nothing cached)")
print(String(format: "generate the demo organisation: %.2f s; write it: %.2f s", generated, written))

let month = Period(.month, containing: today)
try report("load employees") { _ = try DataStore(directory: directory).employees() }
try report("leaderboard, this month") { _ = try DataStore(directory: directory).leaderboard(month) }
try report("leaderboard, this quarter") { _ = try DataStore(directory: directory).leaderboard(Period(.quarter, containing: today)) }
try report("leaderboard, all time") { _ = try DataStore(directory: directory).leaderboard(Period(.all, containing: today)) }
try report("nudges") { _ = try DataStore(directory: directory).nudges(at: today) }
let someone = organisation.employees.first { !$0.archived }!
var generator = SystemRandomNumberGenerator()
try report("record one contribution") {
    let fresh = DataStore(directory: directory)
    let contribution = try Records.contribution(
        id: RecordID.contribution(date: today, using: &generator), employee: someone, date: today, category: .smile,
        note: "benchmark", today: today, recordedBy: "bench", recordedAt: Date())
    try fresh.add(contribution)
}
try report("one employee's history") { _ = try DataStore(directory: directory).history(of: someone.id) }
