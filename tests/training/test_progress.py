import pytest

from tests.training.conftest import answers_for, quiz_url, take_quiz
from training.factories import TrainingModulePageFactory
from training.pages import published_modules
from training.progress import COMPLETED, IN_PROGRESS, NOT_STARTED, is_ready, module_states

pytestmark = pytest.mark.django_db


def lesson_done(client, module, number):
    return client.post(module.url + f"bai/{number}/xong/")


def states(user):
    return {state.module.slug: state for state in module_states(user, published_modules())}


def test_states_go_from_not_started_to_in_progress_to_completed(client, module, volunteer):
    client.force_login(volunteer)
    assert states(volunteer)["an-toan"].state == NOT_STARTED
    assert lesson_done(client, module, 1)["Location"] == module.url + "bai/2/"
    state = states(volunteer)["an-toan"]
    assert (state.state, state.lessons_done, state.lessons_total, state.percent) == (IN_PROGRESS, 1, 2, 50)
    assert lesson_done(client, module, 2)["Location"] == module.url + "kiem-tra/"
    client.post(quiz_url(module), answers_for(client, module))
    assert states(volunteer)["an-toan"].state == COMPLETED


def test_marking_a_lesson_twice_counts_it_once(client, module, volunteer):
    client.force_login(volunteer)
    lesson_done(client, module, 1)
    lesson_done(client, module, 1)
    assert states(volunteer)["an-toan"].lessons_done == 1


def test_continue_where_i_left_off(client, module, volunteer):
    client.force_login(volunteer)
    client.get(module.url + "bai/2/")
    assert states(volunteer)["an-toan"].next_lesson == 2
    content = client.get("/hoc/").content.decode()
    assert f'href="{module.url}bai/2/"' not in content  # not started: nothing to continue yet
    lesson_done(client, module, 1)
    content = client.get("/hoc/").content.decode()
    assert f'href="{module.url}bai/2/"' in content and "Học tiếp: An toàn trên mạng" in content


def test_ready_for_field_work_needs_every_required_module_only(client, module, optional_module, volunteer):
    client.force_login(volunteer)
    assert not is_ready(module_states(volunteer, published_modules()))
    take_quiz(client, module)
    assert is_ready(module_states(volunteer, published_modules()))
    assert "Sẵn sàng đi hỗ trợ người dân" in client.get("/hoc/").content.decode()


def test_lessons_are_readable_without_signing_in_but_progress_needs_it(client, module):
    assert client.get(module.url + "bai/1/").status_code == 200
    assert client.get(module.url + "bai/3/").status_code == 404
    response = lesson_done(client, module, 1)
    assert response.status_code == 302 and response["Location"].startswith("/dang-nhap/")
    assert client.get("/hoc/")["Location"].startswith("/dang-nhap/")


def test_a_reader_not_signed_in_goes_on_through_a_large_block_naming_the_next_lesson(client, module):
    from bs4 import BeautifulSoup

    first = BeautifulSoup(client.get(module.url + "bai/1/").content, "html.parser")
    following = first.select_one("a.next-guide")
    assert following["href"] == module.url + "bai/2/"
    assert module.lessons[1].value["heading"] in following.get_text()
    last = BeautifulSoup(client.get(module.url + "bai/2/").content, "html.parser")
    assert last.select_one("a.next-guide") is None


def test_my_learning_queries_do_not_grow_with_modules(client, training_index, volunteer, django_assert_max_num_queries):
    TrainingModulePageFactory(parent=training_index)
    client.force_login(volunteer)
    client.get("/hoc/")
    # 12: one asks, on every signed-in request, whether the account has two-step sign-in on; one whether the
    # person is in a team (if not, the page shows how to join one).
    with django_assert_max_num_queries(12) as few:
        client.get("/hoc/")
    for _ in range(8):
        TrainingModulePageFactory(parent=training_index)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get("/hoc/").status_code == 200
