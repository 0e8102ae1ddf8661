"""Queries compiled once per shape and run again with new values.

Django compiles a queryset to SQL afresh each time it runs. For the few queries every page asks (the routing query,
with a LEFT JOIN for each of a dozen page types; a guide's related guides), compiling took three to ten times as long
as running them. So such a query is built and compiled once per process with a stand-in for each value that changes,
and later runs put the real values where the stand-ins' parameters were, reusing the compiled SQL and the compiler's
description of its columns; Django still turns the rows into model instances its own way (ModelIterable).

Only whole parameters are replaced. A value that reaches the SQL in another form (a LIKE pattern, `slugify(value)`,
a number derived from it, one written into the SQL text) leaves its shape unprepared, found by compiling with two
sets of stand-ins: that query is then compiled every run, as usual. Anything the builder reads besides its arguments
(the time, the language, an object it closes over) must be part of the shape's key.
"""

import copy
import itertools
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models.query import ModelIterable
from django.db.models.sql.compiler import SQLCompiler

from core.recently_used import RecentlyUsed

# Shapes kept per process: each is a query and the length of its lists (a path of 3 parts, of 4...).
MAX_SHAPES = 64
# Stand-in numbers: valid for any integer column (Django drops a comparison with a value out of the column's range,
# which would leave no parameter to replace) and far above any id or count here.
STAND_IN_BASE = 2_091_000_000
STAND_IN_SPAN = 1_000_000  # a number this close to the base came from a stand-in: derived from one (depth - 1)
STAND_IN_MARK = "\ue000"  # private use: in no real text


class Unpreparable(Exception):
    """The shape cannot be prepared: its values do not arrive in the SQL as whole parameters."""


@dataclass(frozen=True)
class Slot:
    name: str
    index: int | None  # the position in a list value; None for a single value


@dataclass
class Prepared:
    queryset: object  # the stand-ins' queryset, cloned for every run
    compiler: SQLCompiler  # compiled: its SQL, select and klass_info are reused
    sql: str
    params: tuple
    slots: dict  # parameter position: Slot


_shapes = RecentlyUsed(max_items=MAX_SHAPES)  # (shape, list lengths): Prepared, or None when unpreparable
NOT_PREPARED = object()


def prepared_list(shape, build, **values):
    """`list(build(**values))`, compiled once per shape. `values` are ints and strings, or tuples of them; None and
    booleans belong in the shape (they change the SQL, not a parameter), and so does anything else the builder
    reads (the time, the language)."""
    key = (shape, tuple((name, kinds(value)) for name, value in sorted(values.items())))
    found = _shapes.get(key, NOT_PREPARED)
    if found is NOT_PREPARED:
        found = prepare(build, values)
        _shapes.put(key, found)
    if found is None:
        return list(build(**values))
    return run(found, values)


def kinds(value):
    """The value's type, per item for a tuple: a shape prepared for ints is never run with a string."""
    if isinstance(value, tuple):
        return tuple(type(item) for item in value)
    return type(value)


def stand_ins_for(values, first):
    counter = itertools.count(first)
    return {name: stand_in_value(name, value, counter) for name, value in values.items()}


def stand_in_value(name, value, counter):
    if isinstance(value, tuple):
        return tuple(stand_in_value(name, item, counter) for item in value)
    if isinstance(value, bool) or value is None:
        raise TypeError(f"{name}: None and booleans change the SQL: make them part of the shape")
    if isinstance(value, int):
        return STAND_IN_BASE + next(counter)
    if isinstance(value, str):
        return f"{STAND_IN_MARK}stand-in-{next(counter)}{STAND_IN_MARK}"
    raise TypeError(f"{name}: only ints and strings can be prepared, not {type(value).__name__}")


def prepare(build, values):
    """The query compiled with stand-ins, and the position of every stand-in among its parameters; None when the
    shape cannot be prepared. It is compiled twice, with two sets of stand-ins: the SQL must be the same and the
    parameters must differ exactly where the stand-ins are, or some value reached the query in another form (a LIKE
    pattern, `slugify(value)`, `depth - 1`) and would be kept as it is."""
    first, second = stand_ins_for(values, 0), stand_ins_for(values, STAND_IN_SPAN // 2)
    try:
        queryset = build(**first)
    except (ValueError, TypeError):  # a stand-in the field refuses (a string for a number): the real value may not be
        return None
    if queryset._iterable_class is not ModelIterable or queryset._known_related_objects:
        return None  # only plain model rows are rebuilt here (not .specific(), .values() or a related manager's)
    try:
        compiler = queryset.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        other_sql, other_params = build(**second).query.get_compiler(using=queryset.db).as_sql()
        slots = slots_of(params, positions(first), sql)
    except (Unpreparable, EmptyResultSet):  # nothing to ask the database (an empty list): the queryset says so itself
        return None
    other = positions(second)
    if other_sql != sql or len(other_params) != len(params):
        return None
    for position, (param, other_param) in enumerate(zip(params, other_params, strict=True)):
        if position in slots:
            if not isinstance(other_param, (int, str)) or other.get(other_param) != slots[position]:
                return None
        elif param != other_param:
            return None
    return Prepared(queryset, compiler, sql, tuple(params), slots)


def positions(stand_ins):
    """{stand-in: its Slot}."""
    wanted = {}
    for name, value in stand_ins.items():
        if isinstance(value, tuple):
            wanted.update({item: Slot(name, index) for index, item in enumerate(value)})
        else:
            wanted[value] = Slot(name, None)
    return wanted


def slots_of(params, wanted, sql):
    """Where each stand-in is among the parameters. Unpreparable when one is missing (the ORM dropped or rewrote it)
    or when a parameter was derived from one (a LIKE pattern, a number one off): that value would be kept as it is."""
    slots = {}
    for position, param in enumerate(params):
        if isinstance(param, (int, str)) and not isinstance(param, bool) and param in wanted:
            slots[position] = wanted[param]
        elif isinstance(param, str) and STAND_IN_MARK in param:
            raise Unpreparable(param)
        elif isinstance(param, int) and abs(param - STAND_IN_BASE) < STAND_IN_SPAN:
            raise Unpreparable(param)
    if set(slots.values()) != set(wanted.values()) or STAND_IN_MARK in sql:
        raise Unpreparable(sql)
    return slots


def run(prepared, values):
    params = list(prepared.params)
    for position, slot in prepared.slots.items():
        value = values[slot.name]
        params[position] = value if slot.index is None else value[slot.index]
    base = prepared.queryset
    compiler = copy.copy(prepared.compiler)
    compiler.connection = connections[base.db]
    compiler.as_sql = lambda *args, **kwargs: (prepared.sql, tuple(params))
    query = copy.copy(base.query)
    query.get_compiler = lambda *args, **kwargs: compiler
    # A shallow copy made by hand: copy.copy would pickle the queryset, which runs it; _clone compiles nothing but
    # deep-copies the query, which costs much of what is saved here.
    queryset = object.__new__(type(base))
    queryset.__dict__.update(base.__dict__, _query=query, _result_cache=None, _prefetch_done=False)
    return list(queryset)


def forget_prepared_shapes():
    """For tests that change what a builder reads."""
    _shapes.clear()
