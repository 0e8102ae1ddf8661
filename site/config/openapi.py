"""The OpenAPI 3.0 description of the open data API, served at /api/v2/openapi.json and tested against every endpoint
(tests/api/test_schema.py). Written by hand: it is the contract other systems build on, so it changes on purpose."""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.search_text import MAX_CANDIDATES

API_PREFIX = "/api/v2"


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def obj(properties, required=None, nullable=False):
    schema = {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
    }
    if nullable:
        schema["nullable"] = True
    return schema


STRING = {"type": "string"}
INTEGER = {"type": "integer"}
URL = {"type": "string", "format": "uri"}
HTML = {"type": "string", "description": gettext_lazy("HTML; liên kết đến trang của Sổ tay số là địa chỉ đầy đủ.")}
NULLABLE_DATE = {"type": "string", "format": "date", "nullable": True}
NULLABLE_DATETIME = {"type": "string", "format": "date-time", "nullable": True}


def listing(item):
    return obj({"meta": obj({"total_count": INTEGER}), "items": {"type": "array", "items": ref(item)}})


def page_fields(properties):
    """A page's body fields with Wagtail's meta block."""
    return obj({"id": INTEGER, "meta": ref("PageMeta"), **properties})


def schemas():
    term = obj({"id": INTEGER, "slug": STRING, "name": STRING})
    nullable_term = {**term, "nullable": True}
    image = obj(
        {
            "id": INTEGER,
            "alt": STRING,
            "credit": STRING,
            "renditions": {
                "type": "array",
                "items": obj({"spec": STRING, "url": URL, "width": INTEGER, "height": INTEGER}),
            },
        },
        nullable=True,
    )
    platform_fields = {
        "title": STRING,
        "summary": STRING,
        "department": ref("Term"),
        "pillar": ref("Term"),
        "sectors": {"type": "array", "items": ref("Term")},
        "website": STRING,
        "android_url": STRING,
        "ios_url": STRING,
        "logo": ref("Image"),
    }
    guide_fields = {
        "title": STRING,
        "outcome": STRING,
        "platform": obj({"id": INTEGER, "slug": STRING, "title": STRING}, nullable=True),
        "pillar": ref("NullableTerm"),
        "sectors": {"type": "array", "items": ref("Term")},
        "audience": {"type": "string", "enum": ["nguoi-dan", "ho-kinh-doanh", "to-cong-nghe-so"]},
        "difficulty": {"type": "string", "enum": ["de", "vua", "kho"]},
        "minutes": INTEGER,
        "last_reviewed": NULLABLE_DATE,
        "checked_against": STRING,
    }
    step = obj(
        {
            "number": INTEGER,
            "heading": STRING,
            "text": HTML,
            "tip": HTML,
            "warning": HTML,
            "screenshot": ref("Image"),
        }
    )
    guide_detail_fields = {
        **guide_fields,
        "requirements": {"type": "array", "items": STRING},
        "steps": {"type": "array", "items": step},
        "troubleshooting": {"type": "array", "items": obj({"question": STRING, "answer": HTML})},
        "sources": {
            "type": "array",
            "items": obj(
                {
                    "title": STRING,
                    "url": URL,
                    "issuer": STRING,
                    "issued_on": NULLABLE_DATE,
                    "read_on": {"type": "string", "format": "date"},
                    "supports": STRING,
                }
            ),
        },
    }
    module_fields = {
        "title": STRING,
        "summary": STRING,
        "pillar": ref("NullableTerm"),
        "minutes": INTEGER,
        "required_for_field_work": {"type": "boolean"},
        "pass_mark": {"type": "integer", "minimum": 1, "maximum": 100},
        "lesson_count": INTEGER,
        "question_count": INTEGER,
    }
    lesson = obj(
        {
            "number": INTEGER,
            "heading": STRING,
            "body": HTML,
            "image": ref("Image"),
            "video_url": {"type": "string", "nullable": True},
            "guide_ids": {"type": "array", "items": INTEGER},
        }
    )
    taxonomy_meta = obj({"type": STRING, "detail_url": URL})
    taxonomy_fields = {"id": INTEGER, "meta": taxonomy_meta, "name": STRING, "slug": STRING, "description": STRING}
    taxonomy_fields["sort_order"] = INTEGER
    area = obj({"code": STRING, "name": STRING, "level": {"type": "integer", "enum": [1, 2, 3]}})
    period = obj(
        {
            "id": INTEGER,
            "kind": {"type": "string", "enum": ["week", "month", "quarter"]},
            "start": {"type": "string", "format": "date"},
            "end": {"type": "string", "format": "date"},
            "label": STRING,
        }
    )
    return {
        "Error": obj({"detail": STRING}),
        "Term": term,
        "NullableTerm": nullable_term,
        "Image": image,
        "PageMeta": obj(
            {
                "type": STRING,
                "detail_url": URL,
                "html_url": {"type": "string", "nullable": True},
                "slug": STRING,
                "first_published_at": NULLABLE_DATETIME,
                "last_published_at": NULLABLE_DATETIME,
            }
        ),
        "Platform": page_fields(platform_fields),
        "PlatformList": listing("Platform"),
        "Guide": page_fields(guide_fields),
        "GuideDetail": page_fields(guide_detail_fields),
        "GuideList": listing("Guide"),
        "TrainingModule": page_fields(module_fields),
        "TrainingModuleDetail": page_fields({**module_fields, "lessons": {"type": "array", "items": lesson}}),
        "TrainingModuleList": listing("TrainingModule"),
        "TaxonomyTerm": obj(taxonomy_fields),
        "TaxonomyTermList": listing("TaxonomyTerm"),
        "Department": obj({**taxonomy_fields, "short_name": STRING, "website": STRING}),
        "DepartmentList": listing("Department"),
        "Area": area,
        "NullableArea": {**area, "nullable": True},
        "Period": period,
        "IndicatorResults": obj(
            {
                "area": ref("NullableArea"),
                "period": ref("Period"),
                "results": {
                    "type": "array",
                    "items": obj(
                        {
                            "area": ref("Area"),
                            "teams": INTEGER,
                            "teams_reported": INTEGER,
                            "indicators": {
                                "type": "array",
                                "items": obj(
                                    {
                                        "code": STRING,
                                        "name": STRING,
                                        "unit": STRING,
                                        "value": INTEGER,
                                        "target": {"type": "integer", "nullable": True},
                                    }
                                ),
                            },
                        }
                    ),
                },
            }
        ),
        "TrainingCounts": obj(
            {
                "area": ref("NullableArea"),
                "period": ref("Period"),
                "modules": {"type": "array", "items": obj({"id": INTEGER, "title": STRING})},
                "results": {
                    "type": "array",
                    "items": obj(
                        {
                            "area": ref("Area"),
                            "members": INTEGER,
                            "members_with_account": INTEGER,
                            "members_ready": INTEGER,
                            "completions_in_period": {
                                "type": "array",
                                "items": obj({"module_id": INTEGER, "count": INTEGER}),
                            },
                        }
                    ),
                },
            }
        ),
        "Completions": obj(
            {
                "area": ref("NullableArea"),
                "period": {**period, "nullable": True},
                "items": {
                    "type": "array",
                    "items": obj(
                        {
                            "province_code": STRING,
                            "province_name": STRING,
                            "commune_code": STRING,
                            "commune_name": STRING,
                            "team": STRING,
                            "full_name": STRING,
                            "phone": {"type": "string", "pattern": r"^\+84\d{9,10}$"},
                            "module": STRING,
                            "pillar": STRING,
                            "completed_on": {"type": "string", "format": "date"},
                            "score": INTEGER,
                            "verification_code": STRING,
                            "verification_url": URL,
                        }
                    ),
                },
            }
        ),
    }


def query(name, description, schema=None, required=False):
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": schema or STRING,
    }


def error(description):
    return {"description": description, "content": {"application/json": {"schema": ref("Error")}}}


def json_response(schema_name, description=None):
    return {
        "description": description or _("Thành công"),
        "content": {"application/json": {"schema": ref(schema_name)}},
    }


PAGINATION = [
    query(
        "limit",
        gettext_lazy("Số mục mỗi trang (mặc định 20)."),
        {"type": "integer", "minimum": 0, "maximum": settings.WAGTAILAPI_LIMIT_MAX},
    ),
    query("offset", gettext_lazy("Bỏ qua bao nhiêu mục đầu."), {"type": "integer", "minimum": 0}),
]
PILLAR = query("pillar", gettext_lazy("Lọc theo trụ cột (slug), ví dụ chinh-quyen-so."))
SECTOR = query("sector", gettext_lazy("Lọc theo lĩnh vực (slug), ví dụ y-te."))
PLATFORM = query("platform", gettext_lazy("Lọc theo nền tảng: slug (vneid) hoặc id."))
SEARCH = query(
    "search",
    format_lazy(
        gettext_lazy(
            "Tìm theo từ, có dấu hay không dấu đều được: “dinh danh” tìm thấy “định danh”. Trả về tối đa {limit} "
            "kết quả khớp nhất (total_count không vượt quá số này)."
        ),
        limit=MAX_CANDIDATES,
    ),
)
ID_PATH = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}


def public_endpoint(name, tag, summary, item, item_detail, filters):
    listing_operation = {
        "tags": [tag],
        "summary": summary,
        "parameters": [*PAGINATION, *filters],
        "responses": {
            "200": json_response(f"{item}List"),
            "400": error(_("Tham số không hợp lệ (thông báo tiếng Việt trong detail).")),
        },
    }
    detail_operation = {
        "tags": [tag],
        "summary": _("%(summary)s: một mục") % {"summary": summary},
        "parameters": [ID_PATH],
        "responses": {"200": json_response(item_detail), "404": error(_("Không tìm thấy."))},
    }
    return {
        f"{API_PREFIX}/{name}/": {"get": listing_operation},
        f"{API_PREFIX}/{name}/{{id}}/": {"get": detail_operation},
    }


AREA = query("area", gettext_lazy("Mã đơn vị hành chính chính thức của một tỉnh hoặc xã trong địa bàn của khóa."))
PERIOD = query(
    "period", gettext_lazy("Id kỳ báo cáo; mặc định là kỳ gần nhất đã kết thúc."), {"type": "integer", "minimum": 1}
)
FORMAT = query(
    "format", gettext_lazy("json (mặc định), csv hoặc xlsx."), {"type": "string", "enum": ["json", "csv", "xlsx"]}
)
SCOPED_ERRORS = {
    "400": error(gettext_lazy("Tham số không hợp lệ.")),
    "401": error(gettext_lazy("Thiếu khóa, khóa sai hoặc đã bị thu hồi.")),
    "403": error(gettext_lazy("Khóa không được phép xem nội dung này.")),
    "404": error(gettext_lazy("Địa bàn hoặc kỳ không có, hoặc nằm ngoài địa bàn của khóa.")),
}
SPREADSHEETS = {
    "text/csv": {"schema": {"type": "string"}},
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
        "schema": {"type": "string", "format": "binary"}
    },
}


def scoped_endpoint(name, summary, schema_name, parameters, spreadsheets=False):
    content = {"application/json": {"schema": ref(schema_name)}}
    if spreadsheets:
        content.update(SPREADSHEETS)
    return {
        f"{API_PREFIX}/reporting/{name}/": {
            "get": {
                "tags": [_("Số liệu theo khóa")],
                "summary": summary,
                "security": [{"token": []}],
                "parameters": parameters,
                "responses": {"200": {"description": _("Thành công"), "content": content}, **SCOPED_ERRORS},
            }
        }
    }


def openapi_document():
    paths = {}
    paths.update(
        public_endpoint("platforms", _("Nền tảng"), _("Nền tảng số"), "Platform", "Platform", [PILLAR, SECTOR, SEARCH])
    )
    paths.update(
        public_endpoint(
            "guides",
            _("Hướng dẫn"),
            _("Hướng dẫn từng bước"),
            "Guide",
            "GuideDetail",
            [PILLAR, SECTOR, PLATFORM, SEARCH],
        )
    )
    paths.update(
        public_endpoint(
            "training-modules",
            _("Đào tạo"),
            _("Học phần (không có bài kiểm tra)"),
            "TrainingModule",
            "TrainingModuleDetail",
            [PILLAR, SEARCH],
        )
    )
    paths.update(public_endpoint("pillars", _("Phân loại"), _("Trụ cột"), "TaxonomyTerm", "TaxonomyTerm", []))
    paths.update(public_endpoint("sectors", _("Phân loại"), _("Lĩnh vực"), "TaxonomyTerm", "TaxonomyTerm", []))
    paths.update(public_endpoint("departments", _("Phân loại"), _("Cơ quan, đơn vị"), "Department", "Department", []))
    paths.update(
        scoped_endpoint(
            "results", _("Kết quả chỉ tiêu theo địa bàn và kỳ"), "IndicatorResults", [AREA, PERIOD, FORMAT], True
        )
    )
    paths.update(
        scoped_endpoint("training", _("Số người hoàn thành học phần theo xã và kỳ"), "TrainingCounts", [AREA, PERIOD])
    )
    paths.update(
        scoped_endpoint(
            "completions",
            _("Danh sách hoàn thành học phần có họ tên (khóa phạm vi dữ liệu cá nhân)"),
            "Completions",
            [AREA, PERIOD, FORMAT],
            True,
        )
    )
    document = {
        "openapi": "3.0.3",
        "info": {
            "title": _("Sổ tay số: dữ liệu mở"),
            "version": "2.0",
            "description": _(
                "Hướng dẫn, nền tảng, học phần và phân loại: công khai, chỉ đọc. Số liệu theo địa bàn: cần khóa "
                "do điều phối viên cấp trong trang quản trị, gửi bằng tiêu đề Authorization: Bearer <khóa>. "
                "Mỗi trang tối đa %(limit)s mục."
            )
            % {"limit": settings.WAGTAILAPI_LIMIT_MAX},
        },
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {
            "schemas": schemas(),
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
        },
    }
    # The descriptions kept at module level are lazy translations: hand out plain text in the active language.
    return json.loads(json.dumps(document, cls=DjangoJSONEncoder))
