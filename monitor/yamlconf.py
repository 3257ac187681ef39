"""Load YAML files into typed objects, with errors that name file, line, column and key.

PyYAML's node tree keeps the position of every key and value. We build plain Python data from the
nodes and remember, for every path (a tuple of keys and list indexes), where it starts in the file.
When pydantic rejects the data, the error's ``loc`` is such a path, so we can point at the line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from monitor.errors import ConfigError

Marks = dict[tuple[Any, ...], tuple[int, int]]  # path -> (line, column), both 1-based
M = TypeVar("M", bound=BaseModel)


class _Loader(yaml.SafeLoader):
    """Safe loader; we only use its composer and constructor for scalars."""


def _build(node: yaml.Node, path: tuple[Any, ...], marks: Marks, loader: _Loader) -> Any:
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            if key in out:
                line = key_node.start_mark.line + 1
                raise ConfigError(f"duplicate key {key!r}", line=line, column=key_node.start_mark.column + 1,
                                  key=_dotted((*path, key)))
            out[key] = _build(value_node, (*path, key), marks, loader)
            marks[(*path, key, "__key__")] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), marks, loader) for i, item in enumerate(node.value)]
    return loader.construct_object(node)


def parse_yaml(text: str, file: str) -> tuple[Any, Marks]:
    """Parse one YAML document; return its data and the position of every path in it."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise ConfigError(f"invalid YAML: {exc.problem or exc}", file=file, line=line, column=col) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", file=file) from exc
    finally:
        loader.dispose()
    marks: Marks = {}
    if node is None:
        return None, marks
    try:
        return _build(node, (), marks, loader), marks
    except ConfigError as exc:
        exc.file = file
        raise ConfigError(exc.reason, file=file, line=exc.line, column=exc.column, key=exc.key) from None


def _dotted(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def position(marks: Marks, loc: tuple[Any, ...]) -> tuple[int | None, int | None]:
    """The position of ``loc``, or of its nearest ancestor that the file has."""
    for end in range(len(loc), -1, -1):
        prefix = tuple(loc[:end])
        if (*prefix, "__key__") in marks and end == len(loc):
            return marks[(*prefix, "__key__")]
        if prefix in marks:
            return marks[prefix]
    return None, None


def validation_error(exc: ValidationError, marks: Marks, file: str, prefix: tuple[Any, ...] = ()) -> ConfigError:
    """Turn pydantic's first error into a ConfigError that points at the file position.

    Only the first error is reported: it is the one to fix first, and the message stays readable.
    Every further error is listed after it on its own line.
    """
    errors = exc.errors(include_url=False)
    lines = []
    first: ConfigError | None = None
    for err in errors:
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("function-", "tagged-"))))
        loc = (*prefix, *loc)
        line, col = position(marks, loc)
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key (check its spelling; see the README for the keys this file takes)"
        elif err["type"] == "missing":
            msg = "required key is missing"
        one = ConfigError(msg, file=file, line=line, column=col, key=_dotted(loc) or None)
        first = first or one
        lines.append(str(one))
    assert first is not None
    if len(lines) > 1:
        return ConfigError(first.reason + "\n" + "\n".join(lines[1:]), file=file, line=first.line,
                           column=first.column, key=first.key)
    return first


def load_model(model: type[M], data: Any, marks: Marks, file: str, prefix: tuple[Any, ...] = ()) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, marks, file, prefix) from None


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("file not found", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read file: {exc}", file=str(path)) from None
