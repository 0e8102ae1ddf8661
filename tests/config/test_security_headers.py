import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_send_a_content_security_policy_that_loads_only_our_files(client, guide):
    policy = client.get(guide.url)["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["object-src"] == "'none'"
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"


def test_the_admin_is_reported_on_not_blocked(client, superuser):
    client.force_login(superuser)
    response = client.get("/admin/")
    assert "Content-Security-Policy" not in response
    assert "object-src 'none'" in response["Content-Security-Policy-Report-Only"]


def test_pages_cannot_be_framed_and_do_not_sniff_types(client, home_page):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin" or response["Referrer-Policy"].startswith("strict-origin")
