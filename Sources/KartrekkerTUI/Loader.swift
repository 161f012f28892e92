import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// The background work of the UI: each piece opens its own session from the configuration
/// (a session is not shared between threads) and answers with a message.
struct Loader: Sendable {
    let configuration: SessionConfiguration
    let watch: ChangeWatch

    init(configuration: SessionConfiguration) {
        self.configuration = configuration
        watch = ChangeWatch(configuration: configuration)
    }

    private func run<Value: Sendable>(_ work: @escaping @Sendable (Session) throws -> Value,
                                      _ wrap: @escaping @Sendable (Result<Value, LoadError>) -> UIMessage) -> Effect<UIMessage> {
        let configuration = self.configuration
        return .background {
            do {
                return wrap(.success(try work(Session(configuration))))
            } catch {
                return wrap(.failure(LoadError(error)))
            }
        }
    }

    func open() -> Effect<UIMessage> {
        let configuration = self.configuration
        return .background {
            let session = Session(configuration)
            do {
                let empty = try session.isEmpty()
                // Said on opening: an interrupted write completed, records older than the retention period.
                let retention = empty ? nil : try? session.retentionNotice(short: true)
                return .opened(OpenState(isEmpty: empty, warnings: session.readOnlyWarnings, problem: nil,
                                         notices: session.notices + (retention.map { [$0] } ?? []), settings: try session.settings(),
                                         mayLoadDemo: empty ? try session.mayLoadDemo() : true, mayWrite: try session.mayWrite()))
            } catch {
                return .opened(OpenState(isEmpty: false, warnings: [], problem: LoadError(error)))
            }
        }
    }

    func dashboard(_ request: Int) -> Effect<UIMessage> {
        run({ try $0.dashboard() }) { .dashboard(request, $0) }
    }

    func ideaList(_ request: Int, team: String?) -> Effect<UIMessage> {
        run({ try $0.ideas(team: team) }) { .ideaList(request, $0) }
    }

    func ideasToThank(_ request: Int) -> Effect<UIMessage> {
        run({ try $0.ideasToThank() }) { .ideasToThank(request, $0) }
    }

    func fairness(_ request: Int, _ days: DateRange) -> Effect<UIMessage> {
        run({ try $0.fairness(days) }) { .fairness(request, $0) }
    }

    func recap(_ request: Int, _ period: Period, team: String?) -> Effect<UIMessage> {
        run({ try $0.recap(period, team: team) }) { .recap(request, $0) }
    }

    /// Writes `employee`'s report for the yearly conversation (the last twelve months, HTML)
    /// into `folder`, under a name not yet taken.
    func report(_ employee: String, folder: String, strings: Strings) -> Effect<UIMessage> {
        run({ session in
            let report = try session.report(of: employee)
            let html = ReportDocument.document(report, strings: strings).html
            let name = "kartrekker-" + ReportDocument.fileName(report.employee.name) + "-" + session.today.description
            return try session.writeDocument(html, inFolder: folder, name: name, extension: "html")
        }) { .reportWritten($0) }
    }

    func overview(_ request: Int) -> Effect<UIMessage> {
        run({ try $0.employeeOverview() }) { .overview(request, $0) }
    }

    func leaderboard(_ request: Int, _ board: LeaderboardRequest) -> Effect<UIMessage> {
        run({ try $0.leaderboard(board) }) { .leaderboard(request, $0) }
    }

    /// A board the next key is likely to ask for; nothing comes back when it cannot be loaded
    /// (the key then loads it, and shows why).
    func prefetch(_ board: LeaderboardRequest, generation: Int) -> Effect<UIMessage> {
        let configuration = self.configuration
        return .backgroundStream { send in
            if let loaded = try? Session(configuration).leaderboard(board) {
                send(.boardPrefetched(generation: generation, board, loaded))
            }
        }
    }

    func filters() -> Effect<UIMessage> {
        run({ BoardFilters(teams: try $0.teams(), values: try $0.valueTags(), contactMoments: try $0.contactMoments()) }) { .filters($0) }
    }

    func residents(_ request: Int, team: String?) -> Effect<UIMessage> {
        run({ try $0.momentQuarters(count: ResidentsScreen.quarterCount, team: team) }) { .residents(request, $0) }
    }

    func stories(_ request: Int, _ period: Period, team: String?, moment: ContactMoment?) -> Effect<UIMessage> {
        run({ session in
            let year = (period.range?.to ?? session.today).year
            return StoriesLoad(rows: try session.stories(in: period.range, team: team, contactMoment: moment),
                               mandate: try team.flatMap { try session.mandate(year: year, team: $0).first })
        }) { .stories(request, $0) }
    }

    func activity(_ request: Int, _ filter: ActivityFilter, limit: Int) -> Effect<UIMessage> {
        run({ try $0.activity(filter, limit: limit) }) { .activity(request, $0) }
    }

    func story(_ request: Int, _ employeeID: String) -> Effect<UIMessage> {
        // The newest records of each kind, the rest added up from the summaries: a page at once,
        // however many years someone has.
        run({ try $0.storySummary(of: employeeID, recent: EmployeeScreen.recordsShown) }) { .story(request, $0) }
    }

    func demo() -> Effect<UIMessage> {
        let configuration = self.configuration
        let watch = self.watch
        return .backgroundStream { send in
            do {
                let summary = try watch.ownWrite {
                    try Session(configuration).loadDemo { done, total in send(.demoProgress(done, total)) }
                }
                send(.demoLoaded(.success(summary)))
            } catch {
                send(.demoLoaded(.failure(LoadError(error))))
            }
        }
    }

    /// What a form needs before it opens: read at once (a small file or two), before the next key.
    func form(_ request: FormRequest) -> Effect<UIMessage> {
        let configuration = self.configuration
        return .perform {
            let session = Session(configuration)
            do {
                var context = FormContext()
                switch request {
                case .log:
                    context.employees = try session.employeeDirectory().employees
                    context.contactMoments = try session.contactMoments()
                case .recognize:
                    context.employees = try session.employeeDirectory().employees
                case .addEmployee:
                    context.teams = try session.assignableTeams()
                case .editEmployee(let id):
                    context.employees = [try session.employee(id)]
                    context.teams = try session.assignableTeams()
                case .editContribution(let id), .ideaStatus(let id):
                    context.contribution = try session.contribution(id: id)
                    context.contactMoments = try session.contactMoments()
                case .editRecognition(let id):
                    context.recognition = try session.recognition(id: id)
                case .residentScore:
                    context.contactMoments = try session.contactMoments()
                    context.teams = try session.assignableTeams()
                }
                return .formReady(request, .success(context))
            } catch {
                return .formReady(request, .failure(LoadError(error)))
            }
        }
    }

    /// Someone's contributions of the last 90 days (and those named, whenever they are), for
    /// the "for" checklist.
    func formOptions(_ employeeID: String, including ids: [String], today: CalendarDate) -> Effect<UIMessage> {
        let configuration = self.configuration
        return .background {
            let session = Session(configuration)
            let recent = DateRange(from: today.adding(days: -89), to: today)
            var found = (try? session.contributions(employee: employeeID, range: recent)) ?? []
            for id in ids where !found.contains(where: { $0.id == id }) {
                if let old = try? session.contribution(id: id) { found.append(old) }
            }
            return .formOptions(employeeID, Ordering.newestFirst(found))
        }
    }

    /// Writes, before the next key: "Saved" shows only once this has returned.
    func save(_ work: @escaping @Sendable (Session) throws -> SavedRecord) -> Effect<UIMessage> {
        let configuration = self.configuration
        let watch = self.watch
        return .perform {
            do {
                return .saved(.success(try watch.ownWrite { try work(Session(configuration)) }))
            } catch {
                return .saved(.failure(SaveFailure(error)))
            }
        }
    }

    /// A value that changes when someone else changes the data: polled by the runner, off the
    /// key path.
    var changeProbe: @Sendable () -> Int {
        let watch = self.watch
        return { watch.probe() }
    }
}
