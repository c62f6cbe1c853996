import DiligenceApp
import DiligenceWebForms
import Foundation
import Hummingbird

/// The partner list: filters, order and page in the URL, and the CSV of exactly the filtered list.
extension WebApp {
    static let filterNames = ["q", "country", "type", "capacity", "flags", "standing", "officer"]

    func addPartnerListRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/partners") { request, context in
            let actor = try context.signedIn
            let params = request.query
            var query = Self.partnerQuery(params)
            if params["format"] == "csv" {
                query.pageSize = nil
                query.page = 1
                let list = try await service.partnerList(query, by: actor)
                return PartnerCSV.response(list.partners)
            }
            let list = try await service.partnerList(query, by: actor)
            // The same list asked by the same address is the same content: drawn once.
            let content = fragments.html("partners-page|\(list.viewKey)|\(request.uri.query ?? "")") {
                pages.fragment("partners-content", values: listValues(list, query: query, params: params))
            }
            return pages.page(
                "partners", title: "Partners", values: ["content_html": content],
                context: context, navigation: await navigation("partners", context))
        }
    }

    static func partnerQuery(_ params: WebForm) -> PartnerQuery {
        var query = PartnerQuery()
        query.text = params["q"].map { String($0.prefix(200)) }
        query.country = params["country"]
        query.type = params["type"]
        query.capacity = params["capacity"]
        query.standing = params["standing"]
        query.officer = params["officer"]
        query.openFlags = params["flags"].flatMap { $0 == "yes" ? true : $0 == "no" ? false : nil }
        query.sort = params["sort"].flatMap(PartnerQuery.SortKey.init(rawValue:)) ?? .id
        query.descending = params["order"] == "desc"
        query.page = params["page"].flatMap(Int.init).map { min(max($0, 1), 1_000_000) } ?? 1
        return query
    }

    private func listValues(_ list: PartnerList, query: PartnerQuery, params: WebForm) -> [String: Any] {
        let filters = Self.filterNames.compactMap { name in params[name].map { (name, $0) } }
        func link(_ changes: [String: String?]) -> String {
            var pairs = filters.map { ($0.0, $0.1) }
            if query.sort != .id { pairs.append(("sort", query.sort.rawValue)) }
            if query.descending { pairs.append(("order", "desc")) }
            for (name, value) in changes {
                pairs.removeAll { $0.0 == name }
                if let value { pairs.append((name, value)) }
            }
            let text = pairs.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
            return "/partners" + (text.isEmpty ? "" : "?" + text)
        }
        let columns: [(PartnerQuery.SortKey, String)] = [
            (.id, "Id"), (.name, "Name"), (.country, "Country"), (.type, "Type"), (.standing, "Standing"),
            (.capacity, "Capacity"), (.flags, "Open flags"),
        ]
        let labels = [
            "q": "Text", "country": "Country", "type": "Type", "capacity": "Capacity", "flags": "Open flags",
            "standing": "Standing", "officer": "Officer",
        ]
        var pagination: [[String: Any]] = []
        if list.pages > 1 {
            if list.page > 1 {
                pagination.append(["label": "Previous", "href": link(["page": String(list.page - 1)])])
            }
            for number in Set([1, list.page - 1, list.page, list.page + 1, list.pages]).sorted()
            where (1...list.pages).contains(number) {
                pagination.append([
                    "label": String(number), "href": link(["page": String(number)]),
                    "current": number == list.page,
                ])
            }
            if list.page < list.pages {
                pagination.append(["label": "Next", "href": link(["page": String(list.page + 1)])])
            }
        }
        return [
            "query": [
                "q": params["q"] ?? "", "standing": params["standing"] ?? "",
                "officer": params["officer"] ?? "",
                "flags_yes": params["flags"] == "yes", "flags_no": params["flags"] == "no",
            ],
            "countries": list.countries.map { ["value": $0, "selected": $0 == query.country] },
            "types": list.types.map {
                ["value": $0, "label": RoleNames.partnerType($0), "selected": $0 == query.type]
            },
            "capacities": list.capacities.map {
                ["value": $0, "label": RoleNames.sentence($0), "selected": $0 == query.capacity]
            },
            "chips": filters.map { name, value in
                ["label": "\(labels[name] ?? name): \(value)", "remove": link([name: nil, "page": nil])]
            },
            "total_text": list.total == 1 ? "1 partner" : "\(list.total) partners",
            "csv_href": link(["format": "csv", "page": nil]),
            "sort_caption": "sorted by \(query.sort.rawValue)\(query.descending ? ", descending" : "")",
            "columns": columns.map { key, label in
                let current = query.sort == key
                return [
                    "label": label, "numeric": key == .flags,
                    "href": link([
                        "sort": key.rawValue, "order": current && !query.descending ? "desc" : nil,
                        "page": nil,
                    ]),
                    "aria_sort": current ? (query.descending ? "descending" : "ascending") : false,
                ] as [String: Any]
            },
            "rows": Self.rows(list.partners),
            "pagination": pagination,
        ]
    }

    private static func rows(_ partners: [PartnerSummary]) -> [[String: Any]] {
        partners.map { partner in
            [
                "id": partner.id, "name": partner.name, "country": partner.country,
                "type": RoleNames.partnerType(partner.type),
                "standing": partner.standing.map(RoleNames.sentence).joined(separator: "; "),
                "complete": partner.isComplete,
                "capacity": partner.capacity.map(RoleNames.sentence) ?? "Not assessed",
                "flags": partner.openFlagCount, "red": (partner.openFlags["red"] ?? 0) > 0,
            ] as [String: Any]
        }
    }

    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-_.~")))
            ?? ""
    }
}

/// The partner list as CSV: the columns of the page, cells that a spreadsheet would read as a
/// formula neutralised.
enum PartnerCSV {
    static func response(_ partners: [PartnerSummary]) -> Response {
        var lines = ["id,name,country,type,standing,capacity,open_flags,officers"]
        for partner in partners {
            lines.append(
                [
                    partner.id, partner.name, partner.country, partner.type,
                    partner.standing.joined(separator: "; "),
                    partner.capacity ?? "", String(partner.openFlagCount),
                    partner.officers.joined(separator: " "),
                ].map(cell).joined(separator: ","))
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"partners.csv\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: lines.joined(separator: "\r\n") + "\r\n")))
    }

    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
        if text.contains(where: { ",\"\r\n".contains($0) }) {
            text = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
