#include "seccure/errors.hpp"

#include <array>

namespace seccure {

namespace {

// The seccure tools' wording: the CLI transcripts (tests/cli) check it
// against the original's output, so a text changes here or nowhere.
constexpr std::array<std::string_view, 11> texts{
    "Invalid curve name",
    "Invalid key",
    "Invalid key (wrong length)",
    "Invalid signature (wrong length)",
    "Invalid signature (inconsistent structure)",
    "Inconsistent header (too short)",
    "Inconsistent header",
    "Input too short",
    "Integrity check failed, message forged",
    "Invalid signature, message forged",
    "Invalid MAC length",
};
static_assert(texts.size() == static_cast<std::size_t>(Problem::invalid_mac_length) + 1);

std::string what_of(Problem problem, std::string_view detail) {
  std::string s(message(problem));
  if (!detail.empty()) s.append(": ").append(detail);
  return s;
}

}  // namespace

std::string_view message(Problem problem) {
  auto i = static_cast<std::size_t>(problem);
  if (i >= texts.size()) throw std::logic_error("unknown problem");
  return texts[i];
}

Problem Error::one_of(Problem problem, std::initializer_list<Problem> allowed) {
  for (Problem p : allowed)
    if (p == problem) return problem;
  throw std::logic_error("seccure: a " + std::string(message(problem)) + " problem raised as the wrong exception");
}

Error::Error(Problem problem, std::string_view detail) : std::runtime_error(what_of(problem, detail)), problem_(problem) {}

}  // namespace seccure
