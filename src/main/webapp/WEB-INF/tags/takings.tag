<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="Money received by payment method: from sales, from bon payments, and the bons given." %>
<%@ attribute name="takings" required="true" type="id.cermin.report.Takings" %>
<%@ attribute name="title" required="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="cermin" uri="urn:cermin" %>
<section class="card takings" id="takings">
    <h2><fmt:message key="${title}"/></h2>
    <table class="data">
        <thead><tr>
            <th><fmt:message key="takings.method"/></th>
            <th class="num"><fmt:message key="takings.sales"/></th>
            <th class="num"><fmt:message key="takings.bonPayments"/></th>
            <th class="num"><fmt:message key="takings.total"/></th>
        </tr></thead>
        <tbody>
        <c:forEach items="${takings.methods}" var="m">
            <tr id="takings-${m}">
                <td><fmt:message key="method.${m}"/></td>
                <td class="num money"><c:out value="${cermin:rupiah(takings.sales()[m])}"/></td>
                <td class="num money"><c:out value="${cermin:rupiah(takings.bonPayments()[m])}"/></td>
                <td class="num money"><c:out value="${cermin:rupiah(takings.total(m))}"/></td>
            </tr>
        </c:forEach>
        </tbody>
        <tfoot>
            <tr><th colspan="3"><fmt:message key="takings.received"/></th><th class="num money" id="takings-received"><c:out value="${cermin:rupiah(takings.received())}"/></th></tr>
            <tr><th colspan="3"><fmt:message key="takings.bonGiven"/></th><th class="num money" id="takings-bon"><c:out value="${cermin:rupiah(takings.bonGiven())}"/></th></tr>
        </tfoot>
    </table>
</section>
