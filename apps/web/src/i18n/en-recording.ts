/** What is recorded of an interview and where it stays (room and report), in its own file to keep each small. */
export const enRecording = {
  recording: {
    roomNoticeShort: 'Recording on this device only',
    roomStartingShort: 'Asking for the microphone…',
    roomOffShort: 'Recording is off',
    roomUnavailableShort: 'Not recording (no microphone access)',
    roomRetellShort: 'Retell records this call for your report',
    more: 'More',
    toggle: 'Record on this device',
    roomNotice:
      'Your microphone is being recorded in this browser only, so you can replay your answers in your report on this device. The recording is never uploaded; it is deleted after 30 days or when you forget this interview.',
    roomStarting: 'Asking for the microphone to record your answers in this browser…',
    roomOff: 'Recording is off: nothing of your voice is kept.',
    roomUnavailable: 'Your answers are not being recorded: this browser cannot record the microphone here. The interview goes on as usual.',
    roomRetell:
      'This call is recorded by Retell, our voice provider, so you can replay your answers in your report. Only you can play it: a shared report never includes the recording.',
    title: 'Your recorded answers',
    deviceNote:
      'Your answers were recorded in this browser and can be played only on this device: press “Play your answer” under an answer. Nothing was uploaded. The recording is deleted on {{date}}.',
    providerNote:
      'Press “Play your answer” under an answer to hear it. The call’s recording is Retell’s; only you can play it, and a shared report never includes it.',
    play: 'Play your answer',
    stop: 'Stop',
    forget: 'Forget this interview on this device',
    forgetFailed: 'The recording could not be deleted. Try again.',
    forgotten: 'The recording of this interview was deleted from this device.',
  },
};
