"""`export ID FILE` and `import FILE`: hand a case to a colleague as a versioned JSON packet (no secrets)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from wizard.cli.common import EXIT_OK, EXIT_PROBLEMS, refuse, settings_of, with_case


def export(args: argparse.Namespace) -> int:
    from wizard.services.handover import export_case

    target = Path(args.file)
    try:
        packet = with_case(args, lambda store: export_case(store, args.case_id, target))
    except OSError as error:
        return refuse(args.json, "cannot_write",
                      f"{target}: cannot write the packet ({error.strerror or error}).")
    if args.json:
        print(json.dumps({"ok": True, "case_id": args.case_id, "file": str(target),
                          "handover_id": packet["handover_id"]}, ensure_ascii=False, indent=2))
    else:
        print(f"Case {args.case_id} exported to {target} (handover id {packet['handover_id']}; no secrets).")
    return EXIT_OK


def import_case(args: argparse.Namespace) -> int:
    from wizard.services.handover import (
        ImportConflict,
        PacketError,
        import_packet,
        read_packet,
    )
    from wizard.store.errors import StoreError
    from wizard.store.repository import Store

    settings = settings_of(args)
    try:
        packet = read_packet(Path(args.file))
    except PacketError as error:
        if args.json:
            print(json.dumps({"ok": False, "code": "invalid_packet", "message": error.message,
                              "problems": error.problems}, ensure_ascii=False, indent=2))
        else:
            print(f"csp-wizard: {error.message}", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        store = Store.open(settings.database)
    except StoreError as error:
        return refuse(args.json, "store_unusable", str(error))
    mode = "overwrite" if args.overwrite else "copy" if args.as_copy else "ask"
    try:
        result = import_packet(store, packet, mode, actor=settings.actor)
    except ImportConflict as conflict:
        advice = ("Re-run with --overwrite to replace the local case with the packet, "
                  "or with --as-copy to import the packet as a new case.")
        if args.json:
            print(json.dumps({
                "ok": False, "code": "conflict", "message": f"{conflict} {advice}",
                "case_id": conflict.case_id,
                "local_updated_at": conflict.local_updated_at.isoformat(),
                "packet_updated_at": conflict.packet_updated_at.isoformat(),
                "differences": [{"key": k, "local": mine, "packet": theirs}
                                for k, (mine, theirs) in conflict.differences.items()],
            }, ensure_ascii=False, indent=2))
        else:
            print(f"csp-wizard: {conflict}", file=sys.stderr)
            for key, (mine, theirs) in conflict.differences.items():
                print(f"  {key}: here {mine!r}, in the packet {theirs!r}", file=sys.stderr)
            print(advice, file=sys.stderr)
        return EXIT_PROBLEMS
    except StoreError as error:
        return refuse(args.json, "store_unusable", str(error))
    finally:
        store.close()
    if args.json:
        report = {"ok": True, "case_id": result.case_id, "mode": result.mode, "changed": result.changed}
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        words = {"new": "imported as case", "update": "updated case", "overwrite": "overwrote case",
                 "copy": "imported as a copy: case"}[result.mode]
        print(f"{args.file}: {words} {result.case_id}.")
    return EXIT_OK
