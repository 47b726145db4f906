import { describe, expect, it } from "vitest";
import { isTypingTarget, shortcutFor } from "./use-keyboard-shortcuts";

const textarea = { tagName: "TEXTAREA" };
const urlInput = { tagName: "INPUT", type: "url" };
const radio = { tagName: "INPUT", type: "radio" };
const button = { tagName: "BUTTON" };

describe("queue shortcuts", () => {
  it("map keys to actions", () => {
    expect(shortcutFor({ key: "j", target: button })).toEqual({ type: "next" });
    expect(shortcutFor({ key: "k" })).toEqual({ type: "previous" });
    expect(shortcutFor({ key: "1" })).toEqual({ type: "verdict", index: 0 });
    expect(shortcutFor({ key: "9", target: radio })).toEqual({ type: "verdict", index: 8 });
    expect(shortcutFor({ key: "0" })).toBeNull();
    expect(shortcutFor({ key: "s" })).toEqual({ type: "save" });
    expect(shortcutFor({ key: "Enter", ctrlKey: true })).toEqual({ type: "save" });
    expect(shortcutFor({ key: "Enter", metaKey: true })).toEqual({ type: "save" });
    expect(shortcutFor({ key: "?" })).toEqual({ type: "help" });
    expect(shortcutFor({ key: "Enter" })).toBeNull();
  });

  it("are ignored while typing, except Ctrl+Enter", () => {
    for (const target of [textarea, urlInput, { tagName: "input" }, { tagName: "SELECT" }, { tagName: "DIV", isContentEditable: true }]) {
      expect(isTypingTarget(target)).toBe(true);
      expect(shortcutFor({ key: "j", target })).toBeNull();
      expect(shortcutFor({ key: "s", target })).toBeNull();
      expect(shortcutFor({ key: "2", target })).toBeNull();
      expect(shortcutFor({ key: "Enter", ctrlKey: true, target })).toEqual({ type: "save" });
    }
    expect(isTypingTarget(radio)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it("leave browser shortcuts alone", () => {
    expect(shortcutFor({ key: "s", ctrlKey: true })).toBeNull();
    expect(shortcutFor({ key: "k", metaKey: true })).toBeNull();
    expect(shortcutFor({ key: "j", altKey: true })).toBeNull();
  });
});
