package org.shequ.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shequ.system.PersonalData;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.fasterxml.jackson.databind.json.JsonMapper;

/** Phone numbers are masked in log lines; personal data in audit records is found and marked. */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTest {

	@Test
	void phoneNumbersInFreeTextAreMasked() {
		assertThat(PersonalData.maskPhones("反映人：测试居民　电话：13900001111，备用 028-85551234"))
			.isEqualTo("反映人：测试居民　电话：139****1111，备用 028****1234");
		assertThat(PersonalData.maskPhones("编号 JFQ-20261202-0001，金额 123456789012345")).isEqualTo(
				"编号 JFQ-20261202-0001，金额 123456789012345");
		assertThat(PersonalData.containsPhone("电话 13900001111")).isTrue();
		assertThat(PersonalData.containsPhone("JFQ-20261202-0001")).isFalse();
	}

	@Test
	void logLinesShowNoPhoneNumber(CapturedOutput output) {
		LoggerFactory.getLogger(PersonalDataTest.class).warn("callback to {} failed", "13900001111",
				new IllegalStateException("resident 13900002222 unreachable"));

		assertThat(output.getAll()).contains("callback to 139****1111 failed")
			.contains("resident 139****2222 unreachable")
			.doesNotContain("13900001111")
			.doesNotContain("13900002222");
	}

	@Test
	void personalDataInAnAuditRecordIsMarked() throws Exception {
		var record = JsonMapper.builder().build().readTree("""
				{"data":{"state":{"reporterName":"测试居民","reporterPhone":"13900001111","title":"楼道堆放杂物",
				"address":"解放桥路20号"},"notes":["已联系 13900001111"],"status":"CLOSED"}}""");

		assertThat(PersonalDataMarks.in(record)).containsExactlyInAnyOrder("data.state.reporterName",
				"data.state.reporterPhone", "data.state.address", "data.notes[0]");
	}

}
